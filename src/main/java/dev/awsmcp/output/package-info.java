/**
 * Output: turns an operation's output tree into what the AWS CLI v2 prints, and fits results into an agent's context.
 *
 * <p>{@link dev.awsmcp.output.CliOutput} implements {@link dev.awsmcp.output.OutputFormatter}: CLI JSON (members in
 * model order, timestamps per {@code cli_timestamp_format}, blobs base64, no ResponseMetadata), {@code --query}
 * (JMESPath through smithy-jmespath's evaluator over Jackson trees, compiled expressions cached) and
 * {@code --output json|yaml|yaml-stream|text|table}, each a port of the CLI's Python formatter (json.dumps,
 * ruamel/libyaml, awscli/text.py, awscli/table.py). {@link dev.awsmcp.output.OutputBudget} trims a result to a
 * character cap without breaking its structure and says how to get the rest. Everything here is pure: no I/O.
 *
 * <p>May import {@code model}, {@code command}, {@code error}, {@code text}.
 */
package dev.awsmcp.output;
