/**
 * The {@code ec2} protocol.
 *
 * <p>May import {@code model}, {@code client.protocol} and {@code client.protocol.internal}.
 */
package dev.awsmcp.client.protocol.ec2;
