/**
 * Who calls and where: credentials through the SDK's providers (with refresh advice when they fail), the region
 * of a call, and request signing with the SDK's public SigV4/SigV4a signers.
 *
 * <p>May import {@code error}; the SDK's {@code auth}, {@code http-auth-aws}, {@code profiles} modules.
 */
package dev.awsmcp.client.auth;
