package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.model.AccessLevel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code aws cloudfront sign --url U --key-pair-id K --private-key file://key.pem --date-less-than D}
 * ({@code awscli/customizations/cloudfront.py}, botocore's {@code CloudFrontSigner}): a signed URL with a canned
 * policy ({@code Expires}), or a custom one ({@code Policy}) when {@code --date-greater-than} or
 * {@code --ip-address} is given; SHA-1 RSA PKCS#1 v1.5 over the policy, CloudFront's URL-safe base64. Computed
 * locally from a PKCS#1 PEM key read through the file guard; nothing is sent. The URL is a credential.
 */
final class CloudFrontSign implements Customization {
    private static final CustomArguments ARGS = new CustomArguments("cloudfront sign", List.of(
            Argument.text("url").asRequired(), Argument.text("key-pair-id").asRequired(),
            Argument.text("private-key").asRequired(), Argument.text("date-less-than").asRequired(),
            Argument.text("date-greater-than"), Argument.text("ip-address")));

    @Override
    public String group() {
        return "cloudfront";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("sign", "Signs a CloudFront URL with a key pair's private key, locally.");
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        String key = in.first("--private-key");
        if (key != null && key.startsWith("file://")) {
            plan.read(key.substring("file://".length()));
        }
        plan.local("cloudfront", "sign", List.of("local:SignUrl"), AccessLevel.READ, true,
                "signs a CloudFront URL with your private key");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode a = ARGS.parse(h.args(), calls.files());
        String url = a.get("url").asText();
        long lessThan = epoch(a.get("date-less-than").asText(), "--date-less-than");
        String greater = CustomArguments.text(a, "date-greater-than");
        String ip = CustomArguments.text(a, "ip-address");
        PrivateKey key = pkcs1(a.get("private-key").asText());
        List<String> params = new ArrayList<>();
        String policy;
        if (greater == null && ip == null) {
            policy = policy(url, lessThan, null, null);
            params.add("Expires=" + lessThan);
        } else {
            policy = policy(url, lessThan, greater == null ? null : epoch(greater, "--date-greater-than"), ip);
            params.add("Policy=" + urlBase64(policy.getBytes(StandardCharsets.UTF_8)));
        }
        params.add("Signature=" + urlBase64(sign(key, policy.getBytes(StandardCharsets.UTF_8))));
        params.add("Key-Pair-Id=" + a.get("key-pair-id").asText());
        // sys.stdout.write: no newline after the URL
        return CustomResult.text(url + (url.contains("?") ? "&" : "?") + String.join("&", params));
    }

    /** {@code CloudFrontSigner.build_policy}: compact JSON in the CLI's key order. */
    static String policy(String resource, long lessThan, Long greaterThan, String ip) {
        StringBuilder c = new StringBuilder("{\"DateLessThan\":{\"AWS:EpochTime\":" + lessThan + "}");
        if (ip != null && !ip.isEmpty()) {
            c.append(",\"IpAddress\":{\"AWS:SourceIp\":").append(jsonString(ip.contains("/") ? ip : ip + "/32"))
                    .append('}');
        }
        if (greaterThan != null) {
            c.append(",\"DateGreaterThan\":{\"AWS:EpochTime\":").append(greaterThan).append('}');
        }
        c.append('}');
        return "{\"Statement\":[{\"Resource\":" + jsonString(resource) + ",\"Condition\":" + c + "}]}";
    }

    /** Python's {@code json.dumps} of a string (ASCII only: everything else escaped). */
    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (ch < 0x20 || ch > 0x7e) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
            }
        }
        return out.append('"').toString();
    }

    /** {@code _url_b64encode}: base64 with {@code +} as {@code -}, {@code =} as {@code _}, {@code /} as {@code ~}. */
    static String urlBase64(byte[] data) {
        return Base64.getEncoder().encodeToString(data).replace('+', '-').replace('=', '_').replace('/', '~');
    }

    private static long epoch(String value, String option) {
        Instant t = CustomArguments.timestamp(value);
        if (t == null) {
            throw new CustomCommandException("InvalidTimestamp", "Invalid timestamp \"" + value + "\" for " + option
                    + ".", "Use YYYY-MM-DD, YYYY-MM-DDThh:mm:ss[+hh:mm] or epoch seconds.", 255);
        }
        return t.getEpochSecond();
    }

    private static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature s = Signature.getInstance("SHA1withRSA");
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new CustomCommandException("SigningFailed", "The URL could not be signed: " + e.getMessage(),
                    "Check that --private-key is the CloudFront key pair's RSA private key.");
        }
    }

    /** {@code rsa.PrivateKey.load_pkcs1}: a {@code BEGIN RSA PRIVATE KEY} PEM (PKCS#1 RSAPrivateKey). */
    static PrivateKey pkcs1(String pem) {
        byte[] der;
        try {
            der = RsaKeys.pemDer(pem);
            if (der != null) {
                return RsaKeys.privateKey(der);
            }
        } catch (IllegalArgumentException | GeneralSecurityException ex) {
            throw new CustomCommandException("InvalidPrivateKey", "The private key is not a valid PKCS#1 RSA key.",
                    "Pass the CloudFront key pair's private key as file://key.pem.", 255);
        }
        throw new CustomCommandException("InvalidPrivateKey", "No PEM start marker \"b'" + RsaKeys.pemBegin()
                + "'\" found", "Pass the key as file://key.pem in PKCS#1 form (BEGIN RSA PRIVATE KEY); convert "
                + "a PKCS#8 key with 'openssl rsa -in key.pem -traditional'.", 255);
    }
}
