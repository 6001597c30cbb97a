package dev.awsmcp.output;

import java.util.ArrayList;
import java.util.List;

/** One titled block of a table (awscli/table.py {@code Section}): optional headers, rows, indent level. */
final class TableSection {
    String title = "";
    List<String> headers = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    int indentLevel;
    private Integer numCols;
    private int[] maxWidths = new int[0];

    void addHeader(List<String> newHeaders) {
        updateMaxWidths(newHeaders);
        if (numCols == null) {
            numCols = newHeaders.size();
        }
        headers = new ArrayList<>(newHeaders);
    }

    void addRow(List<String> row) {
        if (numCols == null) {
            numCols = row.size();
        }
        if (row.size() != numCols) {
            throw new IllegalArgumentException("Row should have " + numCols + " elements, instead it has " + row.size());
        }
        rows.add(row);
        updateMaxWidths(row);
    }

    private void updateMaxWidths(List<String> row) {
        if (maxWidths.length == 0) {
            maxWidths = new int[row.size()];
            for (int i = 0; i < row.size(); i++) {
                maxWidths[i] = TextWidth.of(row.get(i));
            }
        } else {
            for (int i = 0; i < row.size() && i < maxWidths.length; i++) {
                maxWidths[i] = Math.max(TextWidth.of(row.get(i)), maxWidths[i]);
            }
        }
    }

    /** Column widths scaled so they add up to {@code maxWidth} (postcondition of the Python original). */
    int[] columnWidths(int padding, int maxWidth) {
        int[] unscaled = new int[maxWidths.length];
        long sum = 0;
        for (int i = 0; i < maxWidths.length; i++) {
            unscaled[i] = maxWidths[i] + padding;
            sum += unscaled[i];
        }
        if (unscaled.length == 0 || maxWidth < 0) {
            return unscaled;
        }
        double scale = maxWidth / (double) sum;
        int[] scaled = new int[unscaled.length];
        int total = 0;
        for (int i = 0; i < unscaled.length; i++) {
            scaled[i] = (int) Math.rint(scale * unscaled[i]);
            total += scaled[i];
        }
        int offBy = total - maxWidth;
        while (offBy != 0) {
            if (offBy > 0) {
                for (int i = 0; i < scaled.length && offBy != 0; i++) {
                    scaled[i] -= 1;
                    offBy -= 1;
                }
            } else {
                for (int i = scaled.length - 1; i >= 0 && offBy != 0; i--) {
                    scaled[i] += 1;
                    offBy += 1;
                }
            }
        }
        return scaled;
    }

    int totalWidth(int padding, boolean withBorder, int outerPadding) {
        int total = 0;
        int borderPadding = 2;
        for (int w : maxWidths) {
            total += w + padding;
        }
        if (withBorder) {
            total += borderPadding;
        }
        total += outerPadding + outerPadding;
        return Math.max(TextWidth.of(title) + borderPadding + outerPadding + outerPadding, total);
    }
}
