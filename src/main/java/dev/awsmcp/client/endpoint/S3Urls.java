package dev.awsmcp.client.endpoint;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** S3 URL facts botocore checks before resolving ({@code botocore/utils.py}). */
final class S3Urls {
    private S3Urls() {}

    /** {@code ArnParser.is_arn}: starts with {@code arn:} and has at least six colon-separated parts. */
    static boolean isArn(String value) {
        return value.startsWith("arn:") && value.split(":", 6).length >= 6;
    }

    /** {@code is_s3_accelerate_url}: an Amazon {@code s3-accelerate[.dualstack].amazonaws.com} URL. */
    static boolean isAccelerateUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String host = uri.getHost();
        String scheme = uri.getScheme();
        if (host == null || !host.endsWith("amazonaws.com") || !("https".equals(scheme) || "http".equals(scheme))) {
            return false;
        }
        String[] parts = host.split("\\.");
        if (!parts[0].equals("s3-accelerate")) {
            return false;
        }
        List<String> features = List.of(parts).subList(1, Math.max(1, parts.length - 2));
        Set<String> unique = new HashSet<>(features);
        return unique.size() == features.size() && unique.stream().allMatch("dualstack"::equals);
    }
}
