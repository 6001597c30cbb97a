package dev.awsmcp.client.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Recomputes a SigV4 query-string signature (botocore's {@code v4-query}: SignedHeaders=host, the empty body's
 * hash as payload hash) straight from the AWS spec, so tests do not reuse the code under test.
 */
public final class SigV4QueryCheck {
    private SigV4QueryCheck() {}

    /** The query parameters of a URL (or a form body), decoded, in order. */
    public static Map<String, String> form(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /**
     * The signature a presigned GET URL should carry.
     *
     * @param url     the presigned URL
     * @param secret  the secret access key
     * @param region  the signing region
     * @param service the signing name
     * @return the hex signature
     */
    public static String expectedSignature(URI url, String secret, String region, String service) {
        try {
            Map<String, String> params = new TreeMap<>();
            form(url.getRawQuery()).forEach((k, v) -> {
                if (!k.equals("X-Amz-Signature")) {
                    params.put(SdkHttpUtils.urlEncode(k), SdkHttpUtils.urlEncode(v));
                }
            });
            List<String> pairs = new ArrayList<>();
            params.forEach((k, v) -> pairs.add(k + "=" + v));
            String canonical = "GET\n" + (url.getRawPath().isEmpty() ? "/" : url.getRawPath()) + "\n"
                    + String.join("&", pairs) + "\nhost:" + url.getAuthority() + "\n\nhost\n" + sha256("");
            String date = params.get("X-Amz-Date");
            String scope = date.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
            String toSign = "AWS4-HMAC-SHA256\n" + date + "\n" + scope + "\n" + sha256(canonical);
            byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date.substring(0, 8));
            key = hmac(key, region);
            key = hmac(key, service);
            key = hmac(key, "aws4_request");
            return HexFormat.of().formatHex(hmac(key, toSign));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
