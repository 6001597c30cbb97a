package dev.awsmcp.text;

import java.util.Comparator;

/**
 * Strings ordered by Unicode code point, as Python compares {@code str} (and so as the AWS CLI sorts keys in its
 * text and table output), which is also S3's UTF-8 byte order of object keys. {@link String#compareTo} differs for
 * characters outside the Basic Multilingual Plane, which it compares by UTF-16 unit.
 */
public final class CodePointOrder {
    /** The order as a comparator. */
    public static final Comparator<String> STRINGS = CodePointOrder::compare;

    private CodePointOrder() {}

    /**
     * Compares two strings by code point.
     *
     * @param a one string
     * @param b another
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
     */
    public static int compare(String a, String b) {
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
