package dev.awsmcp.client.protocol.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolException;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Input steps every protocol shares: idempotency tokens and host-prefix expansion. */
public final class InputPreparation {
    private static final Pattern HOST_LABEL = Pattern.compile("^[A-Za-z0-9.\\-]+$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    private InputPreparation() {}

    /**
     * Fills top-level {@code idempotencyToken} members the caller left out (botocore and the SDKs fill only the
     * input structure's own members).
     *
     * @param operation the operation
     * @param input     the caller's input (not modified)
     * @param tokens    the token source (random UUIDs in production)
     * @return the input, copied when a token was added
     */
    public static ObjectNode fillIdempotencyTokens(Operation operation, ObjectNode input, Supplier<String> tokens) {
        ObjectNode out = input;
        for (Member m : operation.inputMembers().values()) {
            if (m.idempotencyToken() && (!input.has(m.name()) || input.get(m.name()).isNull())) {
                if (out == input) {
                    out = input.deepCopy();
                }
                out.put(m.name(), tokens.get());
            }
        }
        return out;
    }

    /**
     * Expands the operation's {@code endpoint.hostPrefix} with its {@code hostLabel} members.
     *
     * @return the prefix (e.g. {@code 123456789012.}), or null when the operation has none
     * @throws ProtocolException when a label is missing or holds characters a host name cannot carry
     */
    public static String hostPrefix(Operation operation, ObjectNode input) {
        String template = operation.hostPrefix();
        if (template == null || template.isEmpty()) {
            return null;
        }
        Map<String, Member> members = operation.inputMembers();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Member member = members.get(name);
            JsonNode value = input.get(name);
            String text = value == null || value.isNull() ? null : value.asText();
            String wire = member == null ? name : member.name();
            if (text == null || text.isEmpty()) {
                throw ProtocolException.invalidParameter("Parameter " + wire + " is required: it forms part of the host name.",
                        "Give a value for " + wire + ".");
            }
            if (!HOST_LABEL.matcher(text).matches()) {
                throw ProtocolException.invalidParameter("Invalid value for parameter " + wire
                        + ": it must contain only alphanumeric characters, hyphen, or period.",
                        "Check the value of " + wire + "; it becomes part of the endpoint host name.");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }
}
