package dev.awsmcp.client.endpoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.smithy.rulesengine.language.evaluation.value.Value;
import software.amazon.smithy.rulesengine.language.syntax.Identifier;

/** Plain parameter values to the rules engine's {@link Value}s. */
final class RuleValues {
    private RuleValues() {}

    static Map<Identifier, Value> toValues(Map<String, Object> params) {
        Map<Identifier, Value> out = new HashMap<>(params.size() * 2);
        params.forEach((k, v) -> out.put(Identifier.of(k), toValue(v)));
        return out;
    }

    static Value toValue(Object v) {
        if (v instanceof Boolean) {
            return Value.booleanValue((Boolean) v);
        }
        if (v instanceof List) {
            List<Value> items = new ArrayList<>();
            for (Object item : (List<?>) v) {
                items.add(toValue(item));
            }
            return Value.arrayValue(items);
        }
        if (v instanceof Integer) {
            return Value.integerValue((Integer) v);
        }
        return Value.stringValue(String.valueOf(v));
    }
}
