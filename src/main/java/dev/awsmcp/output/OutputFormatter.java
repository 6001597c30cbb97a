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
     * Like {@link #toCliJson(Shape, ObjectNode)}, knowing the protocol the response came in, which decides how the
     * service sent each timestamp (epoch seconds for JSON protocols, shown in local time by the CLI; text for XML and
     * query protocols, shown in UTC) and so what the CLI prints.
     *
     * @param outputShape the operation's output shape, or null
     * @param output      the codec's output
     * @param protocol    {@code json}, {@code rest-json}, {@code rest-xml}, {@code query}, {@code ec2},
     *                    {@code smithy-rpc-v2-cbor}, or null when unknown
     * @return CLI JSON
     */
    default JsonNode toCliJson(Shape outputShape, ObjectNode output, String protocol) {
        return toCliJson(outputShape, output);
    }

    /**
     * Converts a document no output shape describes (a customization's result assembled from several calls) into
     * CLI JSON: timestamps the codecs returned as for a model output, blobs base64.
     *
     * @param document the document
     * @return CLI JSON
     */
    default JsonNode toCliDocument(JsonNode document) {
        return document;
    }

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
