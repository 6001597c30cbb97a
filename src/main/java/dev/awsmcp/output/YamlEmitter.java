package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Block-style YAML written the way the AWS CLI v2 writes it: ruamel.yaml's safe representer (mapping keys sorted,
 * {@code null}, {@code true}, Python float repr) feeding libyaml's emitter (2-space indent, sequences in mappings
 * not indented, 80-column folding of plain and quoted scalars, single quotes where plain is ambiguous, double quotes
 * with escapes for non-printable text). The scalar analysis, style choice and writers follow libyaml's emitter.c.
 * Jackson's YAML generator cannot reproduce these choices (it quotes with double quotes and never folds).
 */
final class YamlEmitter {
    private static final int BEST_INDENT = 2;
    private static final int BEST_WIDTH = 80;

    private final StringBuilder out = new StringBuilder(1024);
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;
    private int indent = -1;
    private int flowLevel;

    private YamlEmitter() {
    }

    /** A YAML document for a container node (mapping or sequence), ending with a newline. */
    static String document(JsonNode node) {
        YamlEmitter e = new YamlEmitter();
        e.node(node, true, false, false, false);
        e.writeIndent(); // document end: finish the last line
        return e.out.toString();
    }

    // ---- nodes -------------------------------------------------------------------------------------------------

    private void node(JsonNode node, boolean root, boolean sequence, boolean mapping, boolean simpleKey) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                flowEmpty("{", "}");
            } else {
                blockMapping(node);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                flowEmpty("[", "]");
            } else {
                blockSequence(node, mapping);
            }
        } else {
            scalar(Scalar.of(node), simpleKey);
        }
    }

    private void flowEmpty(String open, String close) {
        writeIndicator(open, true, true, false);
        flowLevel++;
        flowLevel--;
        writeIndicator(close, false, false, false);
    }

    private void blockSequence(JsonNode node, boolean mappingContext) {
        int saved = indent;
        increaseIndent(false, mappingContext && !indention);
        for (JsonNode item : node) {
            writeIndent();
            writeIndicator("-", true, false, true);
            node(item, false, true, false, false);
        }
        indent = saved;
    }

    private void blockMapping(JsonNode node) {
        int saved = indent;
        increaseIndent(false, false);
        List<String> keys = TextRenderer.sortedKeys(node);
        for (String key : keys) {
            writeIndent();
            Scalar k = Scalar.string(key);
            if (k.simpleKeyAllowed()) {
                scalar(k, true);
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, true);
                scalar(k, false);
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            node(node.get(key), false, false, true, false);
        }
        indent = saved;
    }

    private void increaseIndent(boolean flow, boolean indentless) {
        if (indent < 0) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
    }

    // ---- scalars -----------------------------------------------------------------------------------------------

    private void scalar(Scalar s, boolean simpleKeyContext) {
        char style = s.style(simpleKeyContext, flowLevel > 0);
        int saved = indent;
        increaseIndent(true, false);
        boolean allowBreaks = !simpleKeyContext;
        if (style == '\'') {
            writeSingleQuoted(s.value, allowBreaks);
        } else if (style == '"') {
            writeDoubleQuoted(s.value, allowBreaks);
        } else {
            writePlain(s.value, allowBreaks);
        }
        indent = saved;
    }

    private void writePlain(String value, boolean allowBreaks) {
        if (!whitespace && !value.isEmpty()) {
            put(' ');
        }
        writeFolding(value, allowBreaks, false);
        whitespace = false;
        indention = false;
    }

    private void writeSingleQuoted(String value, boolean allowBreaks) {
        writeIndicator("'", true, false, false);
        if (writeFolding(value, allowBreaks, true)) {
            writeIndent();
        }
        writeIndicator("'", false, false, false);
        whitespace = false;
        indention = false;
    }

    /**
     * The loop libyaml's plain and single-quoted writers share: a space past the width becomes a line break (in
     * single quotes never the first or last character), line breaks are doubled, quotes doubled in single quotes.
     *
     * @return whether the value ended in line breaks
     */
    private boolean writeFolding(String value, boolean allowBreaks, boolean singleQuoted) {
        boolean spaces = false;
        boolean breaks = false;
        int[] cps = value.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == ' ') {
                boolean inner = !singleQuoted || i != 0 && i != cps.length - 1;
                if (allowBreaks && !spaces && column > BEST_WIDTH && inner && !isSpaceAt(cps, i + 1)) {
                    writeIndent();
                } else {
                    write(c);
                }
                spaces = true;
            } else if (isBreak(c)) {
                if (!breaks && c == '\n') {
                    putBreak();
                }
                writeBreak(c);
                indention = true;
                breaks = true;
            } else {
                if (breaks) {
                    writeIndent();
                }
                if (singleQuoted && c == '\'') {
                    put('\'');
                }
                write(c);
                indention = false;
                spaces = false;
                breaks = false;
            }
        }
        return breaks;
    }

    private void writeDoubleQuoted(String value, boolean allowBreaks) {
        writeIndicator("\"", true, false, false);
        boolean spaces = false;
        int[] cps = value.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!isPrintable(c) || c == 0xFEFF || isBreak(c) || c == '"' || c == '\\') {
                put('\\');
                String escape = escape(c);
                for (int k = 0; k < escape.length(); k++) {
                    put(escape.charAt(k));
                }
                spaces = false;
            } else if (c == ' ') {
                if (allowBreaks && !spaces && column > BEST_WIDTH && i != 0 && i != cps.length - 1) {
                    writeIndent();
                    if (isSpaceAt(cps, i + 1)) {
                        put('\\');
                    }
                } else {
                    write(c);
                }
                spaces = true;
            } else {
                write(c);
                spaces = false;
            }
        }
        writeIndicator("\"", false, false, false);
        whitespace = false;
        indention = false;
    }

    private static String escape(int c) {
        switch (c) {
            case 0x00: return "0";
            case 0x07: return "a";
            case 0x08: return "b";
            case 0x09: return "t";
            case 0x0A: return "n";
            case 0x0B: return "v";
            case 0x0C: return "f";
            case 0x0D: return "r";
            case 0x1B: return "e";
            case 0x22: return "\"";
            case 0x5C: return "\\";
            case 0x85: return "N";
            case 0xA0: return "_";
            case 0x2028: return "L";
            case 0x2029: return "P";
            default:
                if (c <= 0xFF) {
                    return "x" + hex(c, 2);
                }
                if (c <= 0xFFFF) {
                    return "u" + hex(c, 4);
                }
                return "U" + hex(c, 8);
        }
    }

    private static String hex(int value, int width) {
        String h = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    // ---- low-level writers (libyaml's PUT, WRITE, write_indent, write_indicator) -------------------------------

    private void writeIndent() {
        int target = Math.max(indent, 0);
        if (!indention || column > target || (column == target && !whitespace)) {
            putBreak();
        }
        while (column < target) {
            put(' ');
        }
        whitespace = true;
        indention = true;
    }

    private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace, boolean isIndention) {
        if (needWhitespace && !whitespace) {
            put(' ');
        }
        for (int i = 0; i < indicator.length(); i++) {
            put(indicator.charAt(i));
        }
        whitespace = isWhitespace;
        indention = indention && isIndention;
    }

    private void put(char c) {
        out.append(c);
        column++;
    }

    private void write(int codePoint) {
        out.appendCodePoint(codePoint);
        column++;
    }

    private void putBreak() {
        out.append('\n');
        column = 0;
    }

    private void writeBreak(int c) {
        if (c == '\n') {
            putBreak();
        } else {
            out.appendCodePoint(c);
            column = 0;
        }
    }

    static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isPrintable(int c) {
        return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }

    private static boolean isSpaceAt(int[] cps, int i) {
        return i < cps.length && cps[i] == ' ';
    }

    /** A scalar with libyaml's analysis of which styles it allows. */
    static final class Scalar {
        final String value;
        final boolean plainImplicit;
        final boolean multiline;
        final boolean flowPlainAllowed;
        final boolean blockPlainAllowed;
        final boolean singleQuotedAllowed;

        private Scalar(String value, boolean plainImplicit) {
            this.value = value;
            this.plainImplicit = plainImplicit;
            boolean[] a = analyze(value);
            this.multiline = a[0];
            this.flowPlainAllowed = a[1];
            this.blockPlainAllowed = a[2];
            this.singleQuotedAllowed = a[3];
        }

        static Scalar string(String s) {
            return new Scalar(s, YamlResolver.plainIsString(s));
        }

        static Scalar of(JsonNode node) {
            if (node == null || node.isNull()) {
                return new Scalar("null", true);
            }
            if (node.isBoolean()) {
                return new Scalar(node.booleanValue() ? "true" : "false", true);
            }
            if (node.isNumber()) {
                if (PythonValues.isFloat(node)) {
                    double d = PythonValues.doubleOf(node);
                    String text = Double.isNaN(d) ? ".nan" : Double.isInfinite(d) ? (d > 0 ? ".inf" : "-.inf")
                            : PythonValues.floatRepr(d);
                    return new Scalar(text, true);
                }
                return new Scalar(node.bigIntegerValue().toString(), true);
            }
            return string(node.asText());
        }

        boolean simpleKeyAllowed() {
            return !multiline && value.getBytes(StandardCharsets.UTF_8).length <= 128;
        }

        /** libyaml's yaml_emitter_select_scalar_style for a scalar without an explicit style. */
        char style(boolean simpleKeyContext, boolean flow) {
            char style = 0;
            if (simpleKeyContext && multiline) {
                style = '"';
            }
            if (style == 0) {
                boolean plain = flow ? flowPlainAllowed : blockPlainAllowed;
                if (value.isEmpty() && (flow || simpleKeyContext)) {
                    plain = false;
                }
                if (!plainImplicit) {
                    plain = false;
                }
                style = plain ? 'p' : '\'';
            }
            if (style == '\'' && !singleQuotedAllowed) {
                style = '"';
            }
            return style;
        }

        /** Returns {multiline, flowPlainAllowed, blockPlainAllowed, singleQuotedAllowed}. */
        private static boolean[] analyze(String value) {
            if (value.isEmpty()) {
                return new boolean[] {false, false, true, true};
            }
            int[] cps = value.codePoints().toArray();
            boolean blockIndicators = false;
            boolean flowIndicators = false;
            boolean lineBreaks = false;
            boolean specialCharacters = false;
            boolean edgeBlank = false; // a leading or trailing space or break
            boolean mixedBlanks = false; // a space after a break, or a break after a space
            boolean previousSpace = false;
            boolean previousBreak = false;

            if (value.startsWith("---") || value.startsWith("...")) {
                blockIndicators = true;
                flowIndicators = true;
            }
            boolean precededByWhitespace = true;
            boolean followedByWhitespace = isBlankZ(cps, 1);
            for (int i = 0; i < cps.length; i++) {
                int c = cps[i];
                if (i == 0) {
                    if ("#,[]{}&*!|>'\"%@`".indexOf(c) >= 0) {
                        flowIndicators = true;
                        blockIndicators = true;
                    }
                    if (c == '?' || c == ':') {
                        flowIndicators = true;
                        if (followedByWhitespace) {
                            blockIndicators = true;
                        }
                    }
                    if (c == '-' && followedByWhitespace) {
                        flowIndicators = true;
                        blockIndicators = true;
                    }
                } else {
                    if (",?[]{}".indexOf(c) >= 0) {
                        flowIndicators = true;
                    }
                    if (c == ':') {
                        flowIndicators = true;
                        if (followedByWhitespace) {
                            blockIndicators = true;
                        }
                    }
                    if (c == '#' && precededByWhitespace) {
                        flowIndicators = true;
                        blockIndicators = true;
                    }
                }
                if (!isPrintable(c)) {
                    specialCharacters = true;
                }
                if (isBreak(c)) {
                    lineBreaks = true;
                }
                if (c == ' ' || isBreak(c)) {
                    boolean space = c == ' ';
                    if (i == 0 || i == cps.length - 1) {
                        edgeBlank = true;
                    }
                    if (space ? previousBreak : previousSpace) {
                        mixedBlanks = true;
                    }
                    previousSpace = space;
                    previousBreak = !space;
                } else {
                    previousSpace = false;
                    previousBreak = false;
                }
                precededByWhitespace = isBlankZ(cps, i);
                if (i + 1 < cps.length) {
                    followedByWhitespace = isBlankZ(cps, i + 2);
                }
            }
            boolean singleQuoted = !mixedBlanks && !specialCharacters;
            boolean plain = singleQuoted && !edgeBlank && !lineBreaks;
            boolean flowPlain = plain && !flowIndicators;
            boolean blockPlain = plain && !blockIndicators;
            return new boolean[] {lineBreaks, flowPlain, blockPlain, singleQuoted};
        }

        /** libyaml's IS_BLANKZ: space, tab, a line break, or the end of the string. */
        private static boolean isBlankZ(int[] cps, int i) {
            if (i >= cps.length) {
                return true;
            }
            int c = cps[i];
            return c == ' ' || c == '\t' || isBreak(c) || c == 0;
        }
    }
}
