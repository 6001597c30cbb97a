package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code aws emr create-cluster --emrfs ...} ({@code awscli/customizations/emr/emrfsutils.py}): consistent view,
 * server- and client-side encryption and extra properties, as an {@code emrfs-site} configuration on release-label
 * clusters or as bootstrap actions on AMI-version clusters.
 */
final class EmrFs {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EmrFs() {}

    /** {@code _verify_emrfs_args}. */
    static void verify(ObjectNode args) {
        String encryption = upper(args, "Encryption");
        if (encryption != null && !encryption.equals("CLIENTSIDE") && !encryption.equals("SERVERSIDE")) {
            throw EmrClusterRequest.error("UnknownEncryptionType", "aws: error: The encryption type "
                    + args.get("Encryption").asText() + " is invalid. Valid encryption types are: ServerSide, "
                    + "ClientSide.", "Use Encryption=ServerSide or Encryption=ClientSide.");
        }
        if (args.has("SSE") && args.has("Encryption")) {
            throw EmrClusterRequest.error("BothSseAndEncryptionConfigured", "aws: error: Both SSE="
                    + args.get("SSE").asText() + " and Encryption=" + args.get("Encryption").asText() + " are "
                    + "configured for --emrfs. SSE can be configured only when Encryption is not set.",
                    "Keep SSE or Encryption.");
        }
        if ("CLIENTSIDE".equals(encryption)) {
            String provider = upper(args, "ProviderType");
            if (provider == null) {
                throw missing("--emrfs Encryption=ClientSide", "ProviderType");
            } else if (!provider.equals("KMS") && !provider.equals("CUSTOM")) {
                throw EmrClusterRequest.error("UnknownCseProviderType", "aws: error: The client side encryption type "
                        + args.get("ProviderType").asText() + " is invalid. Valid client side encryption types are: "
                        + "KMS, Custom.", "Use ProviderType=KMS or ProviderType=Custom.");
            } else if (provider.equals("KMS")) {
                requireKeys(args, List.of("KMSKeyId"), "--emrfs Encryption=ClientSide,ProviderType=KMS");
            } else {
                requireKeys(args, List.of("CustomProviderLocation", "CustomProviderClass"),
                        "--emrfs Encryption=ClientSide,ProviderType=Custom");
            }
        }
        if (!args.has("Consistent")) {
            rejectChildren(args, List.of("RetryCount", "RetryPeriod"), "--emrfs Consistent=true/false");
        }
        if (!cse(args, "KMS")) {
            rejectChildren(args, List.of("KMSKeyId"), "--emrfs Encryption=ClientSide,ProviderType=KMS");
        }
        if (!cse(args, "CUSTOM")) {
            rejectChildren(args, List.of("CustomProviderLocation", "CustomProviderClass"),
                    "--emrfs Encryption=ClientSide,ProviderType=Custom");
        }
    }

    /** {@code build_emrfs_confiuration}: the {@code emrfs-site} classification. */
    static ObjectNode configuration(ObjectNode args) {
        Map<String, String> properties = properties(args);
        if (cse(args, "CUSTOM")) {
            properties.put("fs.s3.cse.encryptionMaterialsProvider.uri", args.get("CustomProviderLocation").asText());
        }
        ObjectNode c = F.objectNode().put("Classification", "emrfs-site");
        ObjectNode p = c.putObject("Properties");
        properties.forEach(p::put);
        return c;
    }

    /** {@code build_bootstrap_action_configs}: the AMI-version way. */
    static ArrayNode bootstrapActions(ObjectNode args, String region) {
        ArrayNode out = F.arrayNode();
        if (cse(args, "CUSTOM")) {
            out.add(action("file:/usr/share/aws/emr/scripts/s3get", "S3 get", List.of("-s",
                    args.get("CustomProviderLocation").asText(), "-d", "/usr/share/aws/emr/auxlib", "-f")));
        }
        List<String> baArgs = new ArrayList<>();
        properties(args).forEach((k, v) -> {
            baArgs.add("-e");
            baArgs.add(v.isEmpty() ? k : k + "=" + v);
        });
        out.add(action(EmrSteps.s3Link("/bootstrap-actions/configure-hadoop", region), "Setup EMRFS", baArgs));
        return out;
    }

    private static ObjectNode action(String path, String name, List<String> args) {
        ObjectNode ba = F.objectNode().put("Name", name);
        ObjectNode script = ba.putObject("ScriptBootstrapAction");
        if (!args.isEmpty()) {
            ArrayNode a = script.putArray("Args");
            args.forEach(a::add);
        }
        script.put("Path", path);
        return ba;
    }

    private static Map<String, String> properties(ObjectNode args) {
        Map<String, String> p = new LinkedHashMap<>();
        if (args.has("Consistent")) {
            p.put("fs.s3.consistent", pythonStr(args.get("Consistent")).toLowerCase(Locale.ROOT));
            if (args.has("RetryCount")) {
                p.put("fs.s3.consistent.retryCount", pythonStr(args.get("RetryCount")));
            }
            if (args.has("RetryPeriod")) {
                p.put("fs.s3.consistent.retryPeriodSeconds", pythonStr(args.get("RetryPeriod")));
            }
        }
        if (args.has("SSE") || "SERVERSIDE".equals(upper(args, "Encryption"))) {
            p.put("fs.s3.enableServerSideEncryption", args.has("SSE")
                    ? pythonStr(args.get("SSE")).toLowerCase(Locale.ROOT) : "true");
        }
        if (cse(args, "KMS")) {
            p.put("fs.s3.cse.enabled", "true");
            p.put("fs.s3.cse.encryptionMaterialsProvider",
                    "com.amazon.ws.emr.hadoop.fs.cse.KMSEncryptionMaterialsProvider");
            p.put("fs.s3.cse.kms.keyId", args.get("KMSKeyId").asText());
        }
        if (cse(args, "CUSTOM")) {
            p.put("fs.s3.cse.enabled", "true");
            p.put("fs.s3.cse.encryptionMaterialsProvider", args.get("CustomProviderClass").asText());
        }
        if (args.has("Args")) {
            for (JsonNode kv : args.get("Args")) {
                String s = kv.asText();
                int eq = s.indexOf('=');
                p.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return p;
    }

    /** Python's {@code str()} of a parsed value: booleans print as {@code True}/{@code False}. */
    private static String pythonStr(JsonNode v) {
        return v.isBoolean() ? (v.asBoolean() ? "True" : "False") : v.asText();
    }

    private static boolean cse(ObjectNode args, String type) {
        return "CLIENTSIDE".equals(upper(args, "Encryption")) && type.equals(upper(args, "ProviderType"));
    }

    private static String upper(ObjectNode args, String key) {
        return args.hasNonNull(key) ? args.get(key).asText().toUpperCase(Locale.ROOT) : null;
    }

    private static void requireKeys(ObjectNode args, List<String> keys, String option) {
        TreeSet<String> missing = new TreeSet<>();
        keys.stream().filter(k -> !args.has(k)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw missing(option, String.join(" and ", missing));
        }
    }

    private static void rejectChildren(ObjectNode args, List<String> keys, String parent) {
        TreeSet<String> present = new TreeSet<>();
        keys.stream().filter(args::has).forEach(present::add);
        if (!present.isEmpty()) {
            throw EmrClusterRequest.error("InvalidEmrFsArguments", "aws: error: " + String.join(" and ", present)
                    + " parameter(s) are specified without " + parent + ".", "Add " + parent + " or drop "
                    + String.join(" and ", present) + ".");
        }
    }

    private static CustomCommandException missing(String object, String keys) {
        return EmrClusterRequest.error("MissingParameters", "aws: error: The following required parameters are "
                + "missing for " + object + ": " + keys + ".", "Add " + keys + " to --emrfs.");
    }
}
