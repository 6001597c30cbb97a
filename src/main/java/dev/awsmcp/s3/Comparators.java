package dev.awsmcp.s3;

import java.util.Comparator;

/** Orders strings as Python compares {@code str} (by code point), which is also S3's UTF-8 key order. */
final class Comparators {
    static final Comparator<String> CODE_POINTS = Comparators::compare;

    private Comparators() {}

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
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
