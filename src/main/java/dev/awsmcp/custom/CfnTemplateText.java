package dev.awsmcp.custom;

import dev.awsmcp.text.PythonJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A CloudFormation template as text, read and written as {@code awscli/customizations/cloudformation/yamlhelper.py}
 * does: JSON when it parses as JSON, otherwise YAML with the short-form intrinsics ({@code !Ref x} becomes
 * {@code {"Ref": "x"}}, {@code !GetAtt a.b} becomes {@code {"Fn::GetAtt": ["a", "b"]}}, {@code !Sub ...}
 * {@code {"Fn::Sub": ...}}); written as PyYAML's block YAML ({@link PyYaml}) or as Python's
 * {@code json.dumps(indent=4, ensure_ascii=False)}. Maps keep their order, as the CLI's {@code OrderedDict}s; the
 * mapping inside a short-form intrinsic is a plain Python dict, which PyYAML writes sorted (a {@link TreeMap} here).
 */
final class CfnTemplateText {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private CfnTemplateText() {}

    /**
     * Parses a template.
     *
     * @param text the template file's text
     * @return maps, lists, strings, numbers, booleans, nulls and {@link PyYaml.Timestamp}s
     * @throws CustomCommandException when it is neither JSON nor YAML
     */
    static Object parse(String text) {
        try {
            return JSON.readValue(text, new TypeReference<Object>() { });
        } catch (JsonProcessingException notJson) {
            // PyYAML does not read every JSON document the way a JSON parser does: JSON first, as the CLI
        }
        try {
            return new Yaml(new IntrinsicsConstructor()).load(text);
        } catch (YAMLException e) {
            throw new CustomCommandException("TemplateNotParsed", e.getMessage(),
                    "Fix the template's YAML (or JSON) syntax.");
        }
    }

    /**
     * {@code yaml_dump}.
     *
     * @param template the template
     * @return block YAML
     */
    static String toYaml(Object template) {
        return PyYaml.dump(template);
    }

    /**
     * {@code json.dumps(template, indent=4, ensure_ascii=False)}.
     *
     * @param template the template
     * @return the JSON text, without a final newline
     * @throws CustomCommandException for a YAML timestamp, which Python's JSON encoder refuses
     */
    static String toJson(Object template) {
        try {
            return PythonJson.dumps(template, 4, false);
        } catch (IllegalArgumentException e) { // a PyYaml.Timestamp: Python's encoder refuses a date too
            throw new CustomCommandException("TemplateNotSerializable", "Object of type date is not JSON serializable",
                    "Quote the date in the template (e.g. AWSTemplateFormatVersion: '2010-09-09'), or leave out "
                    + "--use-json.");
        }
    }

    /** PyYAML's safe loader with the CLI's {@code intrinsics_multi_constructor} and dates kept as written. */
    private static final class IntrinsicsConstructor extends SafeConstructor {
        IntrinsicsConstructor() {
            super(new LoaderOptions());
            this.yamlConstructors.put(Tag.TIMESTAMP, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return new PyYaml.Timestamp(((ScalarNode) node).getValue());
                }
            });
            this.yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue().substring(1);
                    String name = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
                    Object value;
                    if (tag.equals("GetAtt") && node instanceof ScalarNode s) {
                        String v = s.getValue();
                        int dot = v.indexOf('.');
                        value = dot < 0 ? List.of(v) : List.of(v.substring(0, dot), v.substring(dot + 1));
                    } else if (node instanceof ScalarNode s) {
                        value = s.getValue();
                    } else if (node instanceof SequenceNode seq) {
                        value = constructSequence(seq);
                    } else {
                        value = new TreeMap<>(constructMapping((MappingNode) node));
                    }
                    Map<String, Object> intrinsic = new java.util.LinkedHashMap<>();
                    intrinsic.put(name, value);
                    return intrinsic;
                }
            });
        }
    }
}
