package dev.awsmcp.output;

import java.util.Comparator;

/** Python's {@code sorted()} order for strings: by code point, not by UTF-16 unit as {@link String#compareTo}. */
final class PythonOrder {
    static final Comparator<String> STRINGS = PythonOrder::compare;

    private PythonOrder() {
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
