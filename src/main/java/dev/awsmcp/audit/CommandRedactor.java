package dev.awsmcp.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every secret in a command line with {@code ***} before it is logged:
 * <ul>
 *   <li>values of options whose member is {@code sensitive} in the model, or whose name looks secret
 *       ({@code --secret-string}, {@code --master-user-password}, {@code --session-token});</li>
 *   <li>inside JSON and shorthand values (and {@code --cli-input-json}/{@code --cli-input-yaml}), nested members
 *       that are sensitive or secret-looking;</li>
 *   <li>{@code aws configure set aws_secret_access_key VALUE} and similar;</li>
 *   <li>{@code Key=value} and {@code "Key": "value"} pairs with secret-looking keys anywhere;</li>
 *   <li>any text equal to a secret value found in the bound input (e.g. read from {@code file://}).</li>
 * </ul>
 * Over-redaction is accepted; a leak is not.
 */
public final class CommandRedactor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PAIR = Pattern.compile("([A-Za-z0-9_.-]+)(\\s*=\\s*)([^,\\]}\\s]*)");
    private static final Pattern JSON_PAIR = Pattern.compile("\"([A-Za-z0-9_.-]+)\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");

    private CommandRedactor() {}

    /**
     * Redacts a command line.
     *
     * @param commandLine the command as written
     * @param operation   the operation it bound to, or null when it did not bind (then only names decide)
     * @param params      the bound input keyed by member names, or null
     * @return the command with secrets replaced by {@code ***}
     */
    public static String redact(String commandLine, Operation operation, ObjectNode params) {
        if (commandLine == null) {
            return null;
        }
        Set<String> secrets = new LinkedHashSet<>();
        Shape input = operation == null ? null : operation.input();
        if (params != null) {
            ParamRedactor.redact(params, input, secrets);
        }
        List<String> words = CommandWords.split(commandLine);
        String text;
        if (words == null) {
            text = commandLine;
        } else {
            text = CommandWords.join(redactWords(words, input, secrets));
        }
        text = scrubPairs(text);
        List<String> byLength = new ArrayList<>(secrets);
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        for (String s : byLength) {
            text = text.replace(s, ParamRedactor.MASK);
        }
        return text;
    }

    private static List<String> redactWords(List<String> words, Shape input, Set<String> secrets) {
        Map<String, Member> options = new HashMap<>();
        if (input != null) {
            for (Member m : input.members().values()) {
                options.put("--" + CliNames.toCli(m.name()), m);
            }
        }
        List<String> out = new ArrayList<>(words);
        for (int i = 0; i < out.size(); i++) {
            String w = out.get(i);
            if (i >= 1 && out.get(i - 1).equals("configure") && w.equals("set") && i + 2 < out.size()) {
                if (SecretNames.isSecret(out.get(i + 1))) {
                    out.set(i + 2, ParamRedactor.MASK);
                }
                continue;
            }
            if (!w.startsWith("--")) {
                continue;
            }
            int eq = w.indexOf('=');
            String name = (eq > 0 ? w.substring(0, eq) : w).toLowerCase(Locale.ROOT);
            Member member = options.get(name);
            boolean wholeSecret = SecretNames.isSecret(name) || member != null && sensitiveScalars(member.shape());
            Shape valueShape = name.equals("--cli-input-json") || name.equals("--cli-input-yaml") ? input
                    : member != null ? member.shape() : null;
            boolean yaml = name.equals("--cli-input-yaml");
            if (eq > 0) {
                out.set(i, w.substring(0, eq + 1) + redactValue(w.substring(eq + 1), wholeSecret, valueShape, yaml, secrets));
                continue;
            }
            for (int j = i + 1; j < out.size() && !out.get(j).startsWith("--"); j++) {
                out.set(j, redactValue(out.get(j), wholeSecret, valueShape, yaml, secrets));
                if (!wholeSecret) {
                    break;
                }
            }
        }
        return out;
    }

    private static String redactValue(String value, boolean wholeSecret, Shape shape, boolean yaml, Set<String> secrets) {
        if (wholeSecret) {
            if (value.startsWith("file://") || value.startsWith("fileb://")) {
                return value; // a path names where the secret is; the content never reaches the log
            }
            if (value.length() >= 4) {
                secrets.add(value);
            }
            return ParamRedactor.MASK;
        }
        if (shape == null || value.startsWith("file://") || value.startsWith("fileb://")) {
            return value;
        }
        String t = value.strip();
        if (t.startsWith("{") || t.startsWith("[") || yaml) {
            try {
                JsonNode tree = (yaml ? YAML : JSON).readTree(t);
                if (tree != null && tree.isContainerNode()) {
                    return JSON.writeValueAsString(ParamRedactor.redact(tree, shape, secrets));
                }
            } catch (java.io.IOException e) {
                // Not JSON: shorthand or text; fall through to the name-based pass.
            }
        }
        if (ParamRedactor.containsSecrets(shape)) {
            return redactShorthand(value, sensitiveNames(shape), secrets);
        }
        return value;
    }

    private static String redactShorthand(String value, Set<String> names, Set<String> secrets) {
        Matcher m = PAIR.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean secret = names.contains(m.group(1).toLowerCase(Locale.ROOT)) || SecretNames.isSecret(m.group(1));
            if (secret && m.group(3).length() >= 4) {
                secrets.add(m.group(3));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(secret ? m.group(1) + m.group(2) + ParamRedactor.MASK : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A sensitive value, or a list or map of sensitive values: every word of the option's value is secret. */
    private static boolean sensitiveScalars(Shape shape) {
        switch (shape.type()) {
            case LIST:
                return shape.sensitive() || shape.listMember().shape().sensitive();
            case MAP:
                return shape.sensitive() || shape.mapValue().shape().sensitive();
            default:
                return shape.sensitive();
        }
    }

    /** Lower-case names of members anywhere under a shape whose target is sensitive. */
    private static Set<String> sensitiveNames(Shape shape) {
        Set<String> names = new java.util.HashSet<>();
        collectNames(shape, names, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return names;
    }

    private static void collectNames(Shape shape, Set<String> names, Set<Shape> seen) {
        if (shape == null || !seen.add(shape)) {
            return;
        }
        for (Member m : shape.children()) {
            if (m.shape().sensitive()) {
                names.add(m.name().toLowerCase(Locale.ROOT));
            }
            collectNames(m.shape(), names, seen);
        }
    }

    /** The name-based pass over the whole text: {@code Password=x}, {@code "SecretString": "x"}. */
    private static String scrubPairs(String text) {
        Matcher j = JSON_PAIR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (j.find()) {
            j.appendReplacement(out, Matcher.quoteReplacement(SecretNames.isSecret(j.group(1))
                    ? "\"" + j.group(1) + "\"" + j.group(2) + "\"" + ParamRedactor.MASK + "\"" : j.group()));
        }
        j.appendTail(out);
        Matcher m = PAIR.matcher(out.toString());
        StringBuilder out2 = new StringBuilder();
        while (m.find()) {
            boolean secret = SecretNames.isSecret(m.group(1)) && !m.group(3).equals(ParamRedactor.MASK)
                    && !m.group(3).startsWith("file://") && !m.group(3).startsWith("fileb://");
            m.appendReplacement(out2, Matcher.quoteReplacement(secret ? m.group(1) + m.group(2) + ParamRedactor.MASK : m.group()));
        }
        m.appendTail(out2);
        return out2.toString();
    }
}
