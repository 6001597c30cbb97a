package dev.awsmcp.s3;

import java.nio.charset.StandardCharsets;

/** The {@code CopySource} header value: {@code bucket/key} percent-encoded except {@code -._~/} (botocore). */
final class CopySource {
    private CopySource() {}

    static String of(S3Location src) {
        String raw = src.bucket().matches("^arn:aws.*:s3:.*") ? src.bucket() + "/object/" + src.key()
                : src.bucket() + "/" + src.key();
        StringBuilder out = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
