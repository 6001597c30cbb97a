package dev.awsmcp.client.protocol.internal;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding: everything but the unreserved characters {@code A-Z a-z 0-9 - _ . ~}. */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /** Encodes a URI label, query name or value; {@code /} is encoded too. */
    public static String encode(String s) {
        return encode(s, false);
    }

    /**
     * Encodes text for a URI part.
     *
     * @param s         the text
     * @param keepSlash leave {@code /} as is (greedy labels)
     * @return the encoded text
     */
    public static String encode(String s, boolean keepSlash) {
        StringBuilder out = null;
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (isUnreserved(b) || (keepSlash && b == '/')) {
                if (out != null) {
                    out.append((char) b);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(bytes.length + 16);
                out.append(new String(bytes, 0, i, StandardCharsets.UTF_8));
            }
            out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
        }
        return out == null ? s : out.toString();
    }

    private static boolean isUnreserved(int b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                || b == '-' || b == '_' || b == '.' || b == '~';
    }

    /** Decodes percent-encoding (and {@code +} as space when {@code plusAsSpace}). */
    public static String decode(String s, boolean plusAsSpace) {
        if (s.indexOf('%') < 0 && (!plusAsSpace || s.indexOf('+') < 0)) {
            return s;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else if (c == '+' && plusAsSpace) {
                out.write(' ');
                i++;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
