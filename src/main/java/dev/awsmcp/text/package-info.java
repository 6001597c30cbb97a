/**
 * Small text utilities shared across stages: {@link dev.awsmcp.text.ClosestNames} (the closest valid names for a
 * mistyped one, for "Did you mean ...?" hints) and {@link dev.awsmcp.text.CodePointOrder} (Python's string order,
 * which the CLI's output formats and S3 key listings follow).
 *
 * <p>Base package: imports nothing else from {@code dev.awsmcp}.
 */
package dev.awsmcp.text;
