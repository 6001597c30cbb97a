package dev.awsmcp.custom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Updates one section of an INI-style AWS config or credentials file as {@code aws configure set} does
 * ({@code awscli/customizations/configure/writer.py} {@code ConfigFileWriter}): lines it does not set, comments
 * included, stay as they are; a key already in the section is rewritten in place; a new key goes after the
 * section's last option; a missing section is appended; a nested value ({@code s3.max_concurrent_requests}) goes
 * under its parent, indented. Works on the text only; the caller reads and writes the file.
 */
final class ConfigFileWriter {
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[(?<header>[^]]+)\\]");
    private static final Pattern OPTION = Pattern.compile("(?<option>[^:=][^:=]*)\\s*(?<vi>[:=])\\s*(?<value>.*)$");

    private ConfigFileWriter() {}

    /**
     * One key to set: a value, or under {@code parent} a nested {@code key = value}.
     *
     * @param key   the key
     * @param value a {@code String}, or a {@code Map<String, String>} of nested keys
     */
    record Setting(String key, Object value) {}

    /**
     * The file's new text.
     *
     * @param existing the file's text, or null when it does not exist
     * @param section  the section header without brackets ({@code default}, {@code profile dev})
     * @param setting  what to set
     * @return the text to write
     */
    static String update(String existing, String section, Setting setting) {
        Map<String, Object> values = new LinkedHashMap<>();
        // the edit consumes what it wrote, so it works on copies
        values.put(setting.key(), setting.value() instanceof Map<?, ?> nested ? new LinkedHashMap<>(nested)
                : setting.value());
        if (existing == null || existing.isEmpty()) {
            return newSection(existing == null ? "" : existing, section, values);
        }
        List<String> lines = lines(existing);
        int start = findSection(lines, section);
        if (start < 0) {
            return newSection(existing, section, values);
        }
        updateSection(lines, start, values);
        return String.join("", lines);
    }

    /** Python's {@code readlines()}: each line keeps its newline. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    private static String newSection(String existing, String section, Map<String, Object> values) {
        StringBuilder out = new StringBuilder(existing);
        if (!existing.isEmpty() && !existing.endsWith("\n")) {
            out.append('\n');
        }
        out.append('[').append(section).append("]\n").append(render(values, ""));
        return out.toString();
    }

    private static int findSection(List<String> lines, String section) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("#") || line.strip().startsWith(";")) {
                continue;
            }
            Matcher m = SECTION.matcher(line);
            if (m.find() && matches(m.group(0), section)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code _matches_section}: {@code [profile dev]} or {@code [profile "dev x"]}. */
    private static boolean matches(String header, String section) {
        if (header.equals("[" + section + "]")) {
            return true;
        }
        int space = section.indexOf(' ');
        return space > 0 && header.equals("[" + section.substring(0, space) + " \"" + section.substring(space + 1)
                + "\"]");
    }

    @SuppressWarnings("unchecked")
    private static void updateSection(List<String> lines, int start, Map<String, Object> values) {
        int lastMatching = start;
        for (int j = start + 1; j < lines.size(); j++) {
            String line = lines.get(j);
            if (SECTION.matcher(line).find()) {
                lines.add(lastMatching + 1, render(values, ""));
                return;
            }
            Matcher m = OPTION.matcher(line);
            if (m.find()) {
                lastMatching = j;
                String key = m.group("option").strip();
                if (values.containsKey(key)) {
                    Object value = values.get(key);
                    if (!(value instanceof Map)) {
                        lines.set(j, key + " = " + value + "\n");
                        values.remove(key);
                    } else {
                        String option = m.group("option");
                        updateNested(lines, j, new LinkedHashMap<>((Map<String, String>) value),
                                option.length() - option.stripLeading().length());
                        return;
                    }
                }
            }
        }
        if (!values.isEmpty()) {
            if (!lines.get(lines.size() - 1).endsWith("\n")) {
                lines.add("\n");
            }
            // Python's insert(last + 2): past the end it appends
            lines.add(Math.min(lastMatching + 2, lines.size()), render(values, ""));
        }
    }

    /** {@code _update_subattributes}. */
    private static void updateNested(List<String> lines, int index, Map<String, String> values, int startingIndent) {
        int currentIndent = startingIndent;
        int i = index + 1;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = OPTION.matcher(line);
            if (m.find()) {
                String option = m.group("option");
                currentIndent = option.length() - option.stripLeading().length();
                String key = option.strip();
                if (values.containsKey(key)) {
                    lines.set(i, " ".repeat(currentIndent) + key + " = " + values.remove(key) + "\n");
                }
            }
            if (startingIndent == currentIndent || SECTION.matcher(line).find()) {
                lines.add(i, renderNested(values, "    "));
                return;
            }
        }
        if (startingIndent != currentIndent) {
            lines.add(Math.min(i, lines.size()), renderNested(values, "    "));
        }
    }

    @SuppressWarnings("unchecked")
    private static String render(Map<String, Object> values, String indent) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof Map) {
                out.append(indent).append(e.getKey()).append(" =\n");
                out.append(renderNested((Map<String, String>) e.getValue(), indent + "    "));
            } else {
                out.append(indent).append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
            }
        }
        values.clear();
        return out.toString();
    }

    private static String renderNested(Map<String, String> values, String indent) {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(indent).append(k).append(" = ").append(v).append('\n'));
        values.clear();
        return out.toString();
    }
}
