package dev.awsmcp.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a policy file, YAML or JSON (JSON is YAML, so one reader serves both). Unknown keys are errors, so a typo
 * never silently weakens the policy.
 *
 * <pre>{@code
 * version: 1
 * readOnly: true                # same as --read-only
 * requireConsent: false         # same as --require-consent
 * default: allow                # allow | deny | consent, when nothing else decides
 * allowSensitiveReads: false    # read-only mode: let calls that return secrets run
 * allowHeuristicReads: false    # read-only mode: let reads placed only by the name heuristic run
 * endpointUrls: ["https://*.vpce.amazonaws.com"]   # non-loopback --endpoint-url values allowed
 * allowNoVerifySsl: false
 * allowCaBundle: false
 * fileAccess: workdir           # workdir | unrestricted | no-access
 * workdir: /srv/agent           # default: the process's working directory
 * rules:
 *   - id: no-iam-deletes
 *     effect: deny
 *     actions: ["iam:Delete*"]
 *   - id: ask-before-ec2-writes
 *     effect: consent
 *     commands: ["aws ec2 *"]
 *     access: [Write]
 *   - id: dev-profile-free
 *     effect: allow
 *     profiles: [dev]
 * }</pre>
 */
public final class PolicyFile {
    /** The default policy file, read when it exists and no {@code --policy} is given. */
    public static final String DEFAULT_LOCATION = "~/.aws-mcp/policy.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_KEYS = Set.of("version", "readOnly", "requireConsent", "default",
            "allowSensitiveReads", "allowHeuristicReads", "endpointUrls", "allowNoVerifySsl", "allowCaBundle",
            "fileAccess", "workdir", "rules");
    private static final Set<String> RULE_KEYS = Set.of("id", "effect", "description", "commands", "actions",
            "access", "regions", "profiles", "accounts", "roles");

    private PolicyFile() {}

    /** The default policy file path under the user's home directory. */
    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".aws-mcp", "policy.yaml");
    }

    /**
     * Reads a policy file.
     *
     * @param file the file
     * @return the settings it describes
     * @throws PolicyException when the file cannot be read or is invalid (the message names the field)
     */
    public static PolicySettings load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new PolicyException("The policy file " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + ").", "Check the path given to --policy or AWS_MCP_POLICY.");
        }
        return parse(text, file.toString());
    }

    /**
     * Parses policy text.
     *
     * @param text   YAML or JSON
     * @param origin a name for messages (the file path)
     * @return the settings
     * @throws PolicyException when invalid
     */
    public static PolicySettings parse(String text, String origin) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new PolicyException("The policy file " + origin + " is not valid YAML or JSON: "
                    + firstLine(e.getMessage()) + ".", "Fix the syntax; see PolicyFile for the format.");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return PolicySettings.defaults();
        }
        if (!root.isObject()) {
            throw invalid(origin, "the top level", "must be a mapping");
        }
        checkKeys(root, TOP_KEYS, origin, "the top level");
        if (root.has("version") && root.get("version").asInt() != 1) {
            throw invalid(origin, "version", "must be 1");
        }
        PolicySettings d = PolicySettings.defaults();
        try {
            return new PolicySettings(
                    bool(root, "readOnly", origin),
                    bool(root, "requireConsent", origin),
                    root.has("default") ? Verdict.parse(root.get("default").asText()) : d.defaultVerdict(),
                    bool(root, "allowSensitiveReads", origin),
                    bool(root, "allowHeuristicReads", origin),
                    strings(root, "endpointUrls", origin),
                    bool(root, "allowNoVerifySsl", origin),
                    bool(root, "allowCaBundle", origin),
                    root.has("fileAccess") ? FileAccessMode.parse(root.get("fileAccess").asText()) : d.fileAccess(),
                    root.has("workdir") ? Path.of(expandHome(root.get("workdir").asText())) : null,
                    rules(root.path("rules"), origin),
                    origin);
        } catch (IllegalArgumentException e) {
            throw new PolicyException("The policy file " + origin + " is invalid: " + e.getMessage() + ".",
                    "Fix the value; see PolicyFile for the format.");
        }
    }

    private static List<PolicyRule> rules(JsonNode rules, String origin) {
        List<PolicyRule> out = new ArrayList<>();
        if (rules.isMissingNode() || rules.isNull()) {
            return out;
        }
        if (!rules.isArray()) {
            throw invalid(origin, "rules", "must be a list");
        }
        int i = 0;
        for (JsonNode r : rules) {
            i++;
            String where = "rule " + i;
            if (!r.isObject()) {
                throw invalid(origin, where, "must be a mapping");
            }
            checkKeys(r, RULE_KEYS, origin, where);
            if (!r.hasNonNull("effect")) {
                throw invalid(origin, where, "needs an effect: allow, deny or consent");
            }
            String id = r.hasNonNull("id") ? r.get("id").asText() : "rule-" + i;
            PolicyRule rule = new PolicyRule(id, Verdict.parse(r.get("effect").asText()), strings(r, "commands", origin),
                    strings(r, "actions", origin), strings(r, "access", origin), strings(r, "regions", origin),
                    strings(r, "profiles", origin), strings(r, "accounts", origin), strings(r, "roles", origin));
            if (rule.commands().isEmpty() && rule.actions().isEmpty() && rule.access().isEmpty()
                    && rule.regions().isEmpty() && rule.profiles().isEmpty() && rule.accounts().isEmpty()
                    && rule.roles().isEmpty()) {
                throw invalid(origin, "rule '" + id + "'", "needs at least one matcher (use commands: [\"*\"] for all)");
            }
            out.add(rule);
        }
        return out;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String origin, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw invalid(origin, where, "has unknown key '" + k + "' (known: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static boolean bool(JsonNode node, String key, String origin) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        String t = v.asText().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        throw invalid(origin, key, "must be true or false");
    }

    private static List<String> strings(JsonNode node, String key, String origin) {
        JsonNode v = node.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isValueNode()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            throw invalid(origin, key, "must be a string or a list of strings");
        }
        for (JsonNode e : v) {
            if (!e.isValueNode()) {
                throw invalid(origin, key, "must be a list of strings");
            }
            out.add(e.asText());
        }
        return out;
    }

    static String expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }

    private static PolicyException invalid(String origin, String where, String what) {
        return new PolicyException("The policy file " + origin + ": " + where + " " + what + ".",
                "Fix the file; see PolicyFile for the format.");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
