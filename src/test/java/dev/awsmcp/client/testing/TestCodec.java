package dev.awsmcp.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.SerializedRequest;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the real codecs (built on another branch): JSON bodies for every protocol, URI labels from the
 * model for REST protocols, errors from {@code __type}/{@code message} JSON or S3-style XML.
 */
public final class TestCodec implements ProtocolCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]*)</Code>");
    private static final Pattern XML_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");
    private final String protocol;

    public TestCodec(String protocol) {
        this.protocol = protocol;
    }

    @Override
    public String protocol() {
        return protocol;
    }

    @Override
    public SerializedRequest serialize(ServiceModel service, Operation op, ObjectNode input) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (protocol.equals("json")) {
            headers.add(Map.entry("X-Amz-Target", service.metadata().targetPrefix() + "." + op.name()));
            headers.add(Map.entry("Content-Type", "application/x-amz-json-1.1"));
            return new SerializedRequest("POST", "/", query, headers, bytes(input), null);
        }
        String uri = op.http().requestUri();
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        if (uri.contains("?")) {
            for (String q : uri.substring(uri.indexOf('?') + 1).split("&")) {
                String[] kv = q.split("=", 2);
                query.add(Map.entry(kv[0], kv.length > 1 ? kv[1] : ""));
            }
        }
        Matcher m = Pattern.compile("\\{([^}+]+)(\\+?)}").matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = input.path(m.group(1)).asText("");
            String enc = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            if (!m.group(2).isEmpty()) {
                enc = enc.replace("%2F", "/");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(enc));
        }
        m.appendTail(sb);
        for (Member member : op.inputMembers().values()) {
            if ("querystring".equals(member.location()) && input.has(member.name())) {
                query.add(Map.entry(member.wireName(), input.get(member.name()).asText()));
            }
        }
        return new SerializedRequest(op.http().method(), sb.toString(), query, headers, new byte[0], null);
    }

    @Override
    public ObjectNode deserialize(ServiceModel service, Operation op, RawResponse response) {
        Shape out = op.output();
        if (out != null && out.payload() != null && (out.member(out.payload()).isStreaming()
                || out.member(out.payload()).shape().streaming())) {
            ObjectNode o = JSON.createObjectNode();
            o.put(out.payload(), response.body());
            String type = response.header("Content-Type");
            if (type != null) {
                o.put("ContentType", type);
            }
            return o;
        }
        if (response.body().length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode n = JSON.readTree(response.body());
            if (!n.isObject()) {
                throw new IllegalStateException("expected a JSON object, got " + n.getNodeType());
            }
            return (ObjectNode) n;
        } catch (IOException e) {
            throw new IllegalStateException("invalid JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public ServiceError parseError(ServiceModel service, Operation op, RawResponse response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String requestId = response.header("x-amzn-RequestId");
        if (body.trim().startsWith("{")) {
            try {
                JsonNode n = JSON.readTree(body);
                String type = n.path("__type").asText(response.header("x-amzn-ErrorType"));
                String code = type == null ? null : type.substring(type.indexOf('#') + 1);
                String msg = n.has("message") ? n.get("message").asText() : n.path("Message").asText(null);
                return new ServiceError(response.status(), code, msg, requestId, null, (ObjectNode) n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Matcher code = XML_CODE.matcher(body);
        if (code.find()) {
            Matcher msg = XML_MESSAGE.matcher(body);
            return new ServiceError(response.status(), code.group(1), msg.find() ? msg.group(1) : null,
                    response.header("x-amz-request-id"), null, JSON.createObjectNode());
        }
        if (body.isEmpty()) {
            return new ServiceError(response.status(), Integer.toString(response.status()), null, requestId, null,
                    JSON.createObjectNode());
        }
        throw new IllegalStateException("unreadable error body");
    }

    private static byte[] bytes(JsonNode n) {
        try {
            return JSON.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
