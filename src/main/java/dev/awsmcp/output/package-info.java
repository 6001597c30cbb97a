/**
 * Output: turns an operation's output tree into what the AWS CLI prints: CLI JSON (timestamps, blobs,
 * no ResponseMetadata), {@code --query} (JMESPath), and {@code --output json|yaml|yaml-stream|text|table}.
 *
 * <p>May import {@code model}, {@code command}, {@code error}.
 */
package dev.awsmcp.output;
