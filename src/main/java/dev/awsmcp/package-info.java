/**
 * The public facade: {@link dev.awsmcp.AwsMcp} runs AWS-CLI-style commands in-process through the pipeline
 * {@code command → policy → client → output → audit}. Embedding programs and the MCP layer use only this.
 *
 * <p>Wires every stage; nothing below imports it.
 */
package dev.awsmcp;
