package dev.awsmcp.command.shorthand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.function.Function;

/**
 * The AWS CLI's shorthand syntax grammar, ported from {@code awscli/shorthand.py} ({@code ShorthandParser}). Purely
 * syntactic: the result holds strings, lists and objects; {@link BackCompatVisitor} applies the model afterwards.
 *
 * <pre>
 * parameter    = keyval *("," keyval)
 * keyval       = key "=" [values] / key "@=" [file-optional-values]
 * values       = csv-list / explicit-list / hash-literal
 * explicit-list= "[" [value *("," value)] "]"
 * hash-literal = "{" keyval *("," keyval) "}"
 * </pre>
 *
 * <p>{@code a=b} gives {@code {"a":"b"}}, {@code a=b,c} gives {@code {"a":["b","c"]}}, {@code a=b,c=d} gives
 * {@code {"a":"b","c":"d"}}. Not thread-safe; create one per parse.
 */
public final class ShorthandParser {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String KEY_CHARS = "-_.#/:";

    private final Function<String, JsonNode> paramFiles;
    private String input;
    private int index;
    private boolean resolveParamFiles;

    /** A parser that leaves {@code @=} values unresolved. */
    public ShorthandParser() {
        this(v -> null);
    }

    /**
     * @param paramFiles resolves {@code file://}/{@code fileb://} values written with {@code key@=}; returns null
     *                   when the value is not a file reference
     */
    public ShorthandParser(Function<String, JsonNode> paramFiles) {
        this.paramFiles = paramFiles;
    }

    /**
     * Parses one shorthand value.
     *
     * @param value the value, e.g. {@code Key=Name,Value=web}
     * @return the parsed object
     * @throws ShorthandException when the value does not follow the grammar
     */
    public ObjectNode parse(String value) {
        this.input = value;
        this.index = 0;
        this.resolveParamFiles = false;
        return parameter();
    }

    private ObjectNode parameter() {
        ObjectNode params = F.objectNode();
        String[] kv = new String[1];
        JsonNode v = keyval(kv);
        params.set(kv[0], v);
        int lastIndex = index;
        while (index < input.length()) {
            expect(',', true);
            v = keyval(kv);
            if (params.has(kv[0])) {
                throw new ShorthandException("Second instance of key \"" + kv[0] + "\" encountered; this is often "
                        + "because there is a preceding \",\" instead of a space.", input, lastIndex + 1);
            }
            params.set(kv[0], v);
            lastIndex = index;
        }
        return params;
    }

    private JsonNode keyval(String[] keyOut) {
        keyOut[0] = key();
        resolveParamFiles = optionalAt();
        expect('=', true);
        return values();
    }

    private boolean optionalAt() {
        int save = index;
        consumeWhitespace();
        if (index < input.length() && input.charAt(index) == '@') {
            index++;
            consumeWhitespace();
            return true;
        }
        index = save;
        return false;
    }

    private String key() {
        int start = index;
        while (!atEof()) {
            char c = input.charAt(index);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || KEY_CHARS.indexOf(c) >= 0);
            if (!ok) {
                break;
            }
            index++;
        }
        return input.substring(start, index);
    }

    private JsonNode values() {
        if (atEof()) {
            return TextNode.valueOf("");
        }
        char c = input.charAt(index);
        if (c == '[') {
            return explicitList();
        }
        if (c == '{') {
            return hashLiteral();
        }
        return csvValue();
    }

    private JsonNode csvValue() {
        JsonNode first = firstValue();
        consumeWhitespace();
        if (atEof() || input.charAt(index) != ',') {
            return first;
        }
        expect(',', true);
        ArrayNode csv = F.arrayNode();
        csv.add(first);
        while (true) {
            try {
                JsonNode current = secondValue();
                consumeWhitespace();
                if (atEof()) {
                    csv.add(current);
                    break;
                }
                expect(',', true);
                csv.add(current);
            } catch (ShorthandException e) {
                if (atEof()) {
                    throw e;
                }
                backtrackTo(',');
                break;
            }
        }
        return csv.size() == 1 ? first : csv;
    }

    private JsonNode value() {
        int end = scan(index, true);
        if (end > index) {
            String consumed = input.substring(index, end);
            index = end;
            return resolve(rstrip(consumed.replace("\\,", ",")));
        }
        return TextNode.valueOf("");
    }

    private ArrayNode explicitList() {
        expect('[', true);
        ArrayNode values = F.arrayNode();
        while (current() != ']') {
            values.add(explicitValues());
            consumeWhitespace();
            if (current() != ']') {
                expect(',', false);
                consumeWhitespace();
            }
        }
        expect(']', false);
        return values;
    }

    private JsonNode explicitValues() {
        int c = current();
        if (c == '[') {
            return explicitList();
        }
        if (c == '{') {
            return hashLiteral();
        }
        return firstValue();
    }

    private ObjectNode hashLiteral() {
        expect('{', true);
        ObjectNode keyvals = F.objectNode();
        while (current() != '}') {
            String key = key();
            resolveParamFiles = optionalAt();
            expect('=', true);
            JsonNode v = explicitValues();
            consumeWhitespace();
            if (current() != '}') {
                expect(',', false);
                consumeWhitespace();
            }
            keyvals.set(key, v);
        }
        expect('}', false);
        return keyvals;
    }

    private JsonNode firstValue() {
        int c = current();
        if (c == '\'') {
            return resolve(quoted('\''));
        }
        if (c == '"') {
            return resolve(quoted('"'));
        }
        return value();
    }

    private JsonNode secondValue() {
        int c = current();
        if (c == '\'') {
            return resolve(quoted('\''));
        }
        if (c == '"') {
            return resolve(quoted('"'));
        }
        int end = scan(index, false);
        if (end == index) {
            throw new ShorthandException("Expected: '<second>', received: '<none>'", input, index);
        }
        String consumed = input.substring(index, end);
        index = end;
        return resolve(rstrip(consumed.replace("\\,", ",")));
    }

    /**
     * The quoted-value regexes {@code '(?:\\'|[^'])*'}: the longest prefix whose inner quotes are all escaped (the
     * regex backtracks, so a trailing {@code \'} can still close the value).
     */
    private String quoted(char q) {
        int open = index;
        int best = -1;
        for (int j = open + 1; j < input.length(); j++) {
            if (input.charAt(j) == q) {
                best = j;
                if (input.charAt(j - 1) != '\\' || j - 1 == open) {
                    break;
                }
            }
        }
        if (best < 0) {
            String name = q == '"' ? "double quoted" : "singled quoted";
            throw new ShorthandException("Expected: '<" + name + ">', received: '<none>'", input, open);
        }
        String value = input.substring(open + 1, best);
        index = best + 1;
        return value.replace("\\" + q, String.valueOf(q)).replace("\\\\", "\\");
    }

    private JsonNode resolve(String value) {
        if (resolveParamFiles) {
            JsonNode file = paramFiles.apply(value);
            if (file != null) {
                return file;
            }
        }
        return TextNode.valueOf(value);
    }

    /** Scans a first/second value from {@code from}: an escaped comma or a start char, then follow chars. */
    private int scan(int from, boolean first) {
        int i = from;
        int n = input.length();
        boolean started = false;
        while (i < n) {
            char c = input.charAt(i);
            if (c == '\\' && i + 1 < n && input.charAt(i + 1) == ',') {
                i += 2;
                started = true;
                continue;
            }
            boolean ok = started ? (first ? firstFollow(c) : secondFollow(c)) : startWord(c);
            if (!ok) {
                break;
            }
            started = true;
            i++;
        }
        return i;
    }

    private static boolean startWord(char c) {
        return c == '!' || c >= '#' && c <= '&' || c >= '(' && c <= '+' || c >= '-' && c <= '<'
                || c >= '>' && c <= 'Z' || c >= '\\' && c <= 'z' || c >= '|';
    }

    private static boolean firstFollow(char c) {
        return isWhitespace(c) || c == '!' || c >= '#' && c <= '&' || c >= '(' && c <= '+'
                || c >= '-' && c <= '\\' || c >= '^' && c <= '|' || c >= '~';
    }

    private static boolean secondFollow(char c) {
        return isWhitespace(c) || c == '!' || c >= '#' && c <= '&' || c >= '(' && c <= '+'
                || c >= '-' && c <= '<' || c >= '>';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    private static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && (isWhitespace(s.charAt(end - 1)) || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(0, end);
    }

    private void expect(char c, boolean consumeWhitespace) {
        if (consumeWhitespace) {
            consumeWhitespace();
        }
        if (index >= input.length()) {
            throw new ShorthandException("Expected: '" + c + "', received: 'EOF'", input, index);
        }
        char actual = input.charAt(index);
        if (actual != c) {
            throw new ShorthandException("Expected: '" + c + "', received: '" + actual + "'", input, index);
        }
        index++;
        if (consumeWhitespace) {
            consumeWhitespace();
        }
    }

    private int current() {
        return index < input.length() ? input.charAt(index) : -1;
    }

    private boolean atEof() {
        return index >= input.length();
    }

    private void backtrackTo(char c) {
        while (index >= 0 && (index >= input.length() || input.charAt(index) != c)) {
            index--;
        }
    }

    private void consumeWhitespace() {
        while (index < input.length() && isWhitespace(input.charAt(index))) {
            index++;
        }
    }
}
