package dev.awsmcp.output;

import java.util.ArrayList;
import java.util.List;

/**
 * The table drawing of awscli/table.py {@code MultiTable} with the plain (no colour) styler: a top rule, then each
 * section framed by {@code |} per indent level, a centred title, centred column headers between {@code +---+}
 * rules and left-aligned cells. When the widest section exceeds the terminal width, single-row sections turn into
 * two-column key/value sections, as the CLI does.
 */
final class MultiTable {
    private final int terminalWidth;
    private final List<TableSection> sections = new ArrayList<>();
    private TableSection current;

    MultiTable(int terminalWidth) {
        this.terminalWidth = terminalWidth;
    }

    void newSection(String title, int indentLevel) {
        current = new TableSection();
        current.title = title;
        current.indentLevel = indentLevel;
        sections.add(current);
    }

    void addRowHeader(List<String> headers) {
        current.addHeader(headers);
    }

    void addRow(List<String> row) {
        current.addRow(row);
    }

    String render() {
        StringBuilder out = new StringBuilder(1024);
        int maxWidth = maxWidth();
        if (maxWidth > terminalWidth) {
            convertToVertical();
            maxWidth = maxWidth();
        }
        out.append("-".repeat(maxWidth)).append('\n');
        for (TableSection section : sections) {
            renderSection(section, maxWidth, out);
        }
        return out.toString();
    }

    private void convertToVertical() {
        for (int i = 0; i < sections.size(); i++) {
            TableSection section = sections.get(i);
            if (section.rows.size() == 1 && !section.headers.isEmpty()) {
                TableSection vertical = new TableSection();
                vertical.title = section.title;
                vertical.indentLevel = section.indentLevel;
                List<String> row = section.rows.get(0);
                for (int c = 0; c < Math.min(section.headers.size(), row.size()); c++) {
                    vertical.addRow(List.of(section.headers.get(c), row.get(c)));
                }
                sections.set(i, vertical);
            }
        }
    }

    private int maxWidth() {
        int max = 0;
        for (TableSection s : sections) {
            max = Math.max(max, s.totalWidth(4, true, s.indentLevel));
        }
        return max;
    }

    private static void renderSection(TableSection section, int maxWidth, StringBuilder out) {
        String indent = "|".repeat(section.indentLevel);
        int width = maxWidth - section.indentLevel * 2;
        List<String> lines = new ArrayList<>();
        if (!section.title.isEmpty()) {
            lines.add(centerText(section.title, width, "|", "|"));
            if (section.headers.isEmpty() && section.rows.isEmpty()) {
                lines.add("+" + "-".repeat(Math.max(0, width - 2)) + "+");
            }
        }
        if (!section.headers.isEmpty()) {
            int[] widths = section.columnWidths(4, width);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < Math.min(widths.length, section.headers.size()); i++) {
                line.append(centerText(section.headers.get(i), widths[i], i == 0 ? "|" : "", "|"));
            }
            lines.add(lineBreak(widths));
            lines.add(line.toString());
        }
        if (!section.rows.isEmpty()) {
            int[] widths = section.columnWidths(4, width);
            if (widths.length > 0) {
                lines.add(lineBreak(widths));
                for (List<String> row : section.rows) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < Math.min(widths.length, row.size()); i++) {
                        line.append(alignLeft(row.get(i), widths[i], i == 0 ? "|" : "", "|"));
                    }
                    lines.add(line.toString());
                }
                lines.add(lineBreak(widths));
            }
        }
        for (String line : lines) {
            out.append(indent).append(line).append(indent).append('\n');
        }
    }

    private static String lineBreak(int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i == 0) {
                out.append('+').append("-".repeat(Math.max(0, widths[i] - 2))).append('+');
            } else {
                out.append("-".repeat(Math.max(0, widths[i] - 1))).append('+');
            }
        }
        return out.toString();
    }

    static String centerText(String text, int length, String leftEdge, String rightEdge) {
        int textLength = TextWidth.of(text);
        int charStart = Math.floorDiv(length, 2) - Math.floorDiv(textLength, 2) - 1;
        StringBuilder out = new StringBuilder(leftEdge);
        out.append(" ".repeat(Math.max(0, charStart))).append(text);
        int lengthSoFar = leftEdge.length() + charStart + textLength;
        int rightSpaces = length - rightEdge.length() - lengthSoFar;
        out.append(" ".repeat(Math.max(0, rightSpaces))).append(rightEdge);
        return out.toString();
    }

    static String alignLeft(String text, int length, String leftEdge, String rightEdge) {
        int textLength = TextWidth.of(text);
        int leftPadding = 2;
        int computed = textLength + leftPadding + leftEdge.length() + rightEdge.length();
        int padding = length - computed >= 0 ? leftPadding : 0;
        int lengthSoFar = leftEdge.length() + padding + textLength;
        return leftEdge + " ".repeat(padding) + text
                + " ".repeat(Math.max(0, length - lengthSoFar - rightEdge.length())) + rightEdge;
    }
}
