/**
 * Retries: the SDK's standard retry strategy ({@code software.amazon.awssdk.retries}) driven with the AWS CLI's
 * lists of throttling and transient errors, {@code Retry-After}, and an injectable {@link
 * dev.awsmcp.client.retry.Sleeper} so that tests never wait.
 *
 * <p>Imports nothing from {@code dev.awsmcp}; the SDK's {@code retries} module only.
 */
package dev.awsmcp.client.retry;
