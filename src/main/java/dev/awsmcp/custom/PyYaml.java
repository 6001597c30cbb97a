package dev.awsmcp.custom;

import dev.awsmcp.text.PythonJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML written the way PyYAML's {@code dump(data, default_flow_style=False)} writes it, for the customizations
 * whose output the CLI produces with PyYAML (a kubeconfig, a packaged CloudFormation template): block style, 2-space
 * indent, lines folded at 80 columns, non-ASCII escaped, no anchors or aliases (the CLI's {@code FlattenAliasDumper};
 * PyYAML's safe dumper repeats shared values too), keys in the order of the map given (sorted maps stand for Python
 * dicts, which PyYAML sorts).
 */
final class PyYaml {
    /**
     * A YAML timestamp as written ({@code 2010-09-09}): PyYAML loads it as a date and writes it back unquoted, where
     * a string of the same text is quoted.
     *
     * @param text the scalar as written
     */
    record Timestamp(String text) {}

    private PyYaml() {}

    /**
     * Writes a document.
     *
     * @param content maps, lists, strings, numbers, booleans, nulls and {@link Timestamp}s
     * @return the YAML text, ending with a newline
     */
    static String dump(Object content) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setWidth(80);
        o.setAllowUnicode(false);
        return upperCaseEscapes(new Yaml(new TimestampRepresenter(o), o).dump(unshared(content)));
    }

    /**
     * PyYAML writes the hex digits of its x, u and U escapes (a backslash, the letter, 2, 4 or 8 digits) in upper case, SnakeYAML in
     * lower case; escapes exist only in double-quoted scalars, which start where a key or value starts (after the
     * indent, a {@code "- "} or a {@code ": "}), so only those are rewritten.
     */
    static String upperCaseEscapes(String yaml) {
        if (yaml.indexOf('\\') < 0) {
            return yaml;
        }
        StringBuilder out = new StringBuilder(yaml);
        boolean tokenStart = true;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n') {
                tokenStart = true;
            } else if (tokenStart && (c == ' ' || c == '-' && i + 1 < out.length() && out.charAt(i + 1) == ' ')) {
                continue; // indent or a list item's dash
            } else if (tokenStart && c == '"') {
                for (i++; i < out.length() && out.charAt(i) != '"'; i++) {
                    if (out.charAt(i) == '\\' && i + 1 < out.length()) {
                        char kind = out.charAt(++i);
                        int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
                        for (int d = 1; d <= digits && i + d < out.length(); d++) {
                            out.setCharAt(i + d, Character.toUpperCase(out.charAt(i + d)));
                        }
                        i += digits;
                    }
                }
                tokenStart = false;
            } else if (tokenStart && c == '\'') {
                for (i++; i < out.length(); i++) {
                    if (out.charAt(i) == '\'') {
                        if (i + 1 < out.length() && out.charAt(i + 1) == '\'') {
                            i++;
                        } else {
                            break;
                        }
                    }
                }
                tokenStart = false;
            } else if (c == ':' && i + 1 < out.length() && out.charAt(i + 1) == ' ') {
                tokenStart = true;
                i++;
            } else {
                tokenStart = false;
            }
        }
        return out.toString();
    }

    /** A deep copy of the collections, so that no value is shared and SnakeYAML writes no alias. */
    private static Object unshared(Object value) {
        if (value instanceof TreeMap<?, ?> sorted) {
            TreeMap<Object, Object> copy = new TreeMap<>();
            sorted.forEach((k, v) -> copy.put(k, unshared(v)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, unshared(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(unshared(v)));
            return copy;
        }
        return value;
    }

    private static final class TimestampRepresenter extends Representer {
        TimestampRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(Timestamp.class, data -> representScalar(Tag.TIMESTAMP, ((Timestamp) data).text()));
            // SafeRepresenter.represent_float: repr(), lower case, ".0" before a bare exponent
            this.representers.put(Double.class, data -> {
                double d = (Double) data;
                String text = Double.isNaN(d) ? ".nan" : Double.isInfinite(d) ? (d > 0 ? ".inf" : "-.inf")
                        : PythonJson.floatRepr(d);
                if (!text.contains(".") && text.contains("e")) {
                    text = text.replaceFirst("e", ".0e");
                }
                return representScalar(Tag.FLOAT, text);
            });
        }
    }
}
