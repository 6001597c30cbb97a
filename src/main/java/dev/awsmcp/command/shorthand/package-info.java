/**
 * The AWS CLI's shorthand syntax ({@code Key=Value,List=a,b,Nested={A=1}}): the grammar
 * ({@link dev.awsmcp.command.shorthand.ShorthandParser}) and the model-driven back-compat pass.
 *
 * <p>May import {@code dev.awsmcp.model} and Jackson only.
 */
package dev.awsmcp.command.shorthand;
