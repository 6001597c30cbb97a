package dev.awsmcp.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.internal.Paging;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of the first request of a (possibly paginated) call, as botocore's paginator builds them: the
 * page size goes into the paginator's limit key and a starting token is decoded into the input token members.
 * Used by the client's paginator and by benchmarks that compare with the AWS CLI's first request.
 */
public final class PaginationInput {
    private PaginationInput() {}

    /**
     * Parameters of the first request.
     *
     * @param call a bound call
     * @return a copy of the call's parameters with paging applied (the same values when not paginating)
     */
    public static ObjectNode firstRequest(BoundCall call) {
        ObjectNode params = call.params().deepCopy();
        GlobalOptions o = call.options();
        Optional<JsonNode> cfg = Paging.config(call.service(), call.operation().name());
        if (cfg.isEmpty() || !o.paginate()) {
            return params;
        }
        JsonNode c = cfg.get();
        if (o.pageSize() != null && c.hasNonNull("limit_key")) {
            params.put(c.get("limit_key").asText(), o.pageSize());
        }
        if (o.startingToken() != null) {
            applyToken(params, Paging.inputTokens(c), o.startingToken());
        }
        return params;
    }

    /** botocore {@code TokenDecoder} plus the legacy {@code ___}-separated form. */
    private static void applyToken(ObjectNode params, List<String> tokens, String token) {
        JsonNode decoded = null;
        try {
            byte[] raw = Base64.getDecoder().decode(token);
            decoded = dev.awsmcp.command.internal.Json.MAPPER.readTree(new String(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | java.io.IOException e) {
            decoded = null;
        }
        if (decoded != null && decoded.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = decoded.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("boto_truncate_amount")) {
                    continue;
                }
                if (e.getValue().isNull()) {
                    params.remove(e.getKey());
                } else {
                    params.set(e.getKey(), e.getValue());
                }
            }
            return;
        }
        String[] parts = token.split("___", -1);
        for (int i = 0; i < parts.length && i < tokens.size(); i++) {
            if (!parts[i].isEmpty() && !parts[i].equals("None")) {
                params.put(tokens.get(i), parts[i]);
            }
        }
    }
}
