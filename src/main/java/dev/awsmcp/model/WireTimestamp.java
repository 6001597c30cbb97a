package dev.awsmcp.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Objects;

/**
 * A timestamp member's value as a codec parsed it: an ISO 8601 instant as its text (what queries, waiters, paginators
 * and tests see, and equal to a plain {@link TextNode} of that text), plus the value exactly as the service sent it.
 *
 * <p>AWS CLI v1 prints timestamps as sent ({@code cli_timestamp_format = none}): {@code 2026-12-07T15:59:13.000Z}
 * from EC2, {@code 1796659153.393} from a JSON protocol, an HTTP date from a header. The instant alone cannot
 * give those back (the fraction digits and the number's form are lost), so the codec keeps the sent value here.
 */
public final class WireTimestamp extends TextNode {
    private static final long serialVersionUID = 1L;

    private final transient JsonNode wire;

    /**
     * @param iso8601 the instant as ISO 8601 text
     * @param wire    the value as sent: a text node, or a number node for epoch seconds
     */
    public WireTimestamp(String iso8601, JsonNode wire) {
        super(Objects.requireNonNull(iso8601, "iso8601"));
        this.wire = Objects.requireNonNull(wire, "wire");
    }

    /** The value as the service sent it (null only after Java serialization, which does not keep it). */
    public JsonNode wire() {
        return wire;
    }
}
