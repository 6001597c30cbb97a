package dev.awsmcp.custom;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter and tag handling of {@code deploy.py}: {@code Key=Value} lists ({@code parse_key_value_arg}, also
 * given as a JSON list of such strings inline or in a {@code file://} file, as the CLI's list arguments accept),
 * the template's parameter names ({@code yamlhelper.yaml_parse}: JSON first, else YAML whose CloudFormation
 * short-form tags such as {@code !Ref} are read as plain values), and {@code merge_parameters}: every template
 * parameter, with the override's value or {@code UsePreviousValue}.
 */
final class DeployParameters {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private DeployParameters() {}

    /**
     * {@code parse_key_value_arg}: later keys replace earlier ones, in first-seen order.
     *
     * @param words   the option's words, or null when not given
     * @param argname the option name for messages, e.g. {@code parameter-overrides}
     * @param calls   reads {@code file://} values
     * @return the keys and values
     * @throws CustomCommandException (255) for a word without {@code =}
     */
    static Map<String, String> keyValues(List<String> words, String argname, CustomCalls calls) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String data : unpack(words, argname, calls)) {
            int eq = data.indexOf('=');
            if (eq < 0) {
                throw new CustomCommandException("InvalidKeyValuePairArgument", "['" + data + "'] value passed to --"
                        + argname + " must be of format Key=Value", "Write each as Key=Value, e.g. --" + argname
                        + " Env=prod.");
            }
            result.put(data.substring(0, eq), data.substring(eq + 1));
        }
        return result;
    }

    /** The CLI's list argument: one {@code file://} word is replaced by the file, one JSON list is the list. */
    private static List<String> unpack(List<String> words, String argname, CustomCalls calls) {
        if (words == null) {
            return List.of();
        }
        if (words.size() != 1) {
            return words;
        }
        String value = words.get(0);
        if (value.startsWith("file://")) {
            value = new String(calls.readFile(value.substring("file://".length())), StandardCharsets.UTF_8);
        }
        if (!value.strip().startsWith("[")) {
            return List.of(value);
        }
        JsonNode list;
        try {
            list = JSON.readTree(value);
        } catch (JacksonException e) {
            throw new CustomCommandException("InvalidJson", "Error parsing parameter '--" + argname
                    + "': Invalid JSON: " + e.getOriginalMessage(), "Give a JSON list of \"Key=Value\" strings.", 252);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : list) {
            if (!e.isTextual()) {
                throw new CustomCommandException("InvalidParameterType", "Invalid type for parameter --" + argname
                        + ", value: " + e + ", valid types: <class 'str'>", "Give a JSON list of \"Key=Value\" strings.",
                        252);
            }
            out.add(e.asText());
        }
        return out;
    }

    /**
     * The names of the template's {@code Parameters}, in order; none when the template has no such mapping.
     *
     * @param template the template text
     * @return the names
     * @throws CustomCommandException (255) when the template is neither JSON nor YAML
     */
    static List<String> templateParameters(String template) {
        JsonNode root;
        try {
            root = JSON.readTree(template);
        } catch (JacksonException notJson) {
            try {
                root = YAML.readTree(template);
            } catch (JacksonException e) {
                throw new CustomCommandException("InvalidTemplate", "The template is neither JSON nor YAML: "
                        + e.getOriginalMessage(), "Fix the template syntax (aws cloudformation validate-template "
                        + "checks it).");
            }
        }
        List<String> names = new ArrayList<>();
        JsonNode parameters = root == null ? null : root.get("Parameters");
        if (parameters != null && parameters.isObject()) {
            Iterator<String> it = parameters.fieldNames();
            it.forEachRemaining(names::add);
        }
        return names;
    }

    /**
     * {@code merge_parameters}: each template parameter with the override's value, or {@code UsePreviousValue}.
     *
     * @param templateParameters the template's parameter names
     * @param overrides          the {@code --parameter-overrides}
     * @return CloudFormation {@code Parameter} structures
     */
    static List<ObjectNode> merge(List<String> templateParameters, Map<String, String> overrides) {
        List<ObjectNode> values = new ArrayList<>();
        for (String key : templateParameters) {
            ObjectNode p = JsonNodeFactory.instance.objectNode();
            p.put("ParameterKey", key);
            if (overrides.containsKey(key)) {
                p.put("ParameterValue", overrides.get(key));
            } else {
                p.put("UsePreviousValue", true);
            }
            values.add(p);
        }
        return values;
    }
}
