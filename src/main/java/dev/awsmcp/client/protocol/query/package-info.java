/**
 * The {@code query} protocol (SQS's legacy protocol, SNS, IAM, STS, CloudFormation...).
 *
 * <p>May import {@code model}, {@code client.protocol} and {@code client.protocol.internal}.
 */
package dev.awsmcp.client.protocol.query;
