/**
 * Implementation of the command stage: argument tables and AWS CLI customizations, argparse-like word parsing,
 * value unpacking, botocore-style validation, normalization, skeletons. Public only so that the command package
 * and its help can use it; not an API.
 *
 * <p>May import {@code dev.awsmcp.model}, {@code dev.awsmcp.error}, {@code dev.awsmcp.command} (its records and
 * errors) and {@code dev.awsmcp.command.shorthand}.
 */
package dev.awsmcp.command.internal;
