package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Shape;

/** What the output stage offers the executor. The implementation lives in this package. */
public interface OutputFormatter {
    /**
     * Converts a codec's output tree into the JSON the AWS CLI v2 prints: model member names, timestamps as
     * ISO 8601 (or per {@code cli_timestamp_format}), blobs base64, {@code ResponseMetadata} removed.
     *
     * @param outputShape the operation's output shape, or null
     * @param output      the codec's output
     * @return CLI JSON
     */
    JsonNode toCliJson(Shape outputShape, ObjectNode output);

    /**
     * Applies {@code --query}.
     *
     * @param json       CLI JSON
     * @param expression a JMESPath expression
     * @return the result (NullNode when the expression yields null)
     * @throws OutputException when the expression is invalid (message says where)
     */
    JsonNode query(JsonNode json, String expression);

    /**
     * Renders with {@code --output}.
     *
     * @param json   the (queried) JSON
     * @param format {@code json}, {@code yaml}, {@code yaml-stream}, {@code text} or {@code table}
     * @param title  the table title (the operation's model name), used by {@code table}
     * @return the text the AWS CLI prints (empty string for an empty response)
     * @throws OutputException for an unknown format
     */
    String render(JsonNode json, String format, String title);
}
