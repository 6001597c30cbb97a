package dev.awsmcp.auditmode;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks JMESPath cannot express (dates, policy documents, the IAM credential report), as named Java rules.
 * Each takes the check's context ({@code {list, item, <step>...}}) and its {@code params}, and says whether the
 * resource passes, with a sentence when it does not.
 */
public final class JavaRules {
    /**
     * A rule's answer.
     *
     * @param pass    whether the resource passes
     * @param message why it fails (null when it passes)
     */
    public record Verdict(boolean pass, String message) {
        static Verdict ok() {
            return new Verdict(true, null);
        }

        static Verdict fail(String message) {
            return new Verdict(false, message);
        }
    }

    @FunctionalInterface
    interface Rule {
        Verdict judge(JsonNode context, Map<String, String> params, Clock clock);
    }

    private static final Map<String, Rule> RULES = Map.of(
            "olderThan", JavaRules::olderThan,
            "stoppedLongerThan", JavaRules::stoppedLongerThan,
            "policyAllowsAdmin", JavaRules::policyAllowsAdmin,
            "bucketPolicyPublic", JavaRules::bucketPolicyPublic,
            "bucketPolicyRequiresTls", JavaRules::bucketPolicyRequiresTls,
            "credentialsUnused", JavaRules::credentialsUnused,
            "consoleUsersHaveMfa", JavaRules::consoleUsersHaveMfa,
            "accessKeysRotated", JavaRules::accessKeysRotated,
            "hasTags", JavaRules::hasTags);

    private JavaRules() {}

    /** The rule names a check's {@code javaRule} may use. */
    public static Set<String> names() {
        return RULES.keySet();
    }

    static Verdict judge(String name, JsonNode context, Map<String, String> params, Clock clock) {
        return RULES.get(name).judge(context, params, clock);
    }

    /** FAIL when {@code params.field} (a timestamp) is more than {@code params.days} days old. */
    private static Verdict olderThan(JsonNode ctx, Map<String, String> p, Clock clock) {
        Instant t = time(path(ctx, p.getOrDefault("field", "item.StartTime")));
        long days = Long.parseLong(p.getOrDefault("days", "90"));
        if (t == null) {
            return Verdict.ok();
        }
        long age = Duration.between(t, clock.instant()).toDays();
        return age > days ? Verdict.fail("It is " + age + " days old (limit " + days + ").") : Verdict.ok();
    }

    private static final Pattern STOPPED_AT = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) GMT\\)");

    /** FAIL for an instance stopped more than {@code days} days ago that still holds EBS volumes. */
    private static Verdict stoppedLongerThan(JsonNode ctx, Map<String, String> p, Clock clock) {
        JsonNode i = ctx.path("item");
        if (!"stopped".equals(i.path("State").path("Name").asText()) || i.path("BlockDeviceMappings").isEmpty()) {
            return Verdict.ok();
        }
        Matcher m = STOPPED_AT.matcher(i.path("StateTransitionReason").asText(""));
        long days = Long.parseLong(p.getOrDefault("days", "7"));
        if (!m.find()) {
            return Verdict.fail("It is stopped, holds " + i.path("BlockDeviceMappings").size()
                    + " volume(s), and the stop time is unknown.");
        }
        Instant at = java.time.LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                .toInstant(ZoneOffset.UTC);
        long age = Duration.between(at, clock.instant()).toDays();
        return age > days ? Verdict.fail("Stopped " + age + " days ago and still holds "
                + i.path("BlockDeviceMappings").size() + " volume(s).") : Verdict.ok();
    }

    /** FAIL when a policy document (step {@code version}) allows {@code *} on {@code *}. */
    private static Verdict policyAllowsAdmin(JsonNode ctx, Map<String, String> p, Clock clock) {
        JsonNode doc = document(ctx.path("version").path("PolicyVersion").path("Document"));
        for (JsonNode s : statements(doc)) {
            if ("Allow".equals(s.path("Effect").asText()) && has(s.path("Action"), "*") && has(s.path("Resource"), "*")) {
                return Verdict.fail("A statement allows Action \"*\" on Resource \"*\" (full administrator).");
            }
        }
        return Verdict.ok();
    }

    /** FAIL when the bucket policy (step {@code policy}) allows everyone without a condition. */
    private static Verdict bucketPolicyPublic(JsonNode ctx, Map<String, String> p, Clock clock) {
        JsonNode doc = document(ctx.path("policy").path("Policy"));
        for (JsonNode s : statements(doc)) {
            JsonNode principal = s.path("Principal");
            boolean everyone = principal.asText("").equals("*") || has(principal.path("AWS"), "*");
            if ("Allow".equals(s.path("Effect").asText()) && everyone && s.path("Condition").isMissingNode()) {
                return Verdict.fail("The bucket policy allows Principal \"*\" without a condition.");
            }
        }
        return Verdict.ok();
    }

    /** FAIL unless the bucket policy (step {@code policy}) denies requests with aws:SecureTransport false. */
    private static Verdict bucketPolicyRequiresTls(JsonNode ctx, Map<String, String> p, Clock clock) {
        JsonNode doc = document(ctx.path("policy").path("Policy"));
        for (JsonNode s : statements(doc)) {
            JsonNode cond = s.path("Condition").path("Bool").path("aws:SecureTransport");
            if ("Deny".equals(s.path("Effect").asText()) && cond.asText("").equalsIgnoreCase("false")) {
                return Verdict.ok();
            }
        }
        return Verdict.fail("No statement denies requests with aws:SecureTransport false.");
    }

    /** The credential report (step {@code report}, base64 CSV) as rows of column to value. */
    private static List<Map<String, String>> credentialReport(JsonNode ctx) {
        String content = ctx.path("report").path("Content").asText("");
        String csv = new String(Base64.getMimeDecoder().decode(content), StandardCharsets.UTF_8);
        List<Map<String, String>> rows = new ArrayList<>();
        String[] lines = csv.split("\r?\n");
        if (lines.length == 0) {
            return rows;
        }
        String[] header = lines[0].split(",", -1);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            Map<String, String> row = new java.util.HashMap<>();
            for (int c = 0; c < header.length && c < cells.length; c++) {
                row.put(header[c], cells[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The row of the item's user in the credential report, or null. */
    private static Map<String, String> reportRow(JsonNode ctx) {
        String user = ctx.path("item").path("UserName").asText();
        for (Map<String, String> row : credentialReport(ctx)) {
            if (user.equals(row.get("user"))) {
                return row;
            }
        }
        return null;
    }

    /** FAIL when a password or an active key has not been used in {@code days} days (CIS 1.12). */
    private static Verdict credentialsUnused(JsonNode ctx, Map<String, String> p, Clock clock) {
        Map<String, String> row = reportRow(ctx);
        long days = Long.parseLong(p.getOrDefault("days", "45"));
        if (row == null) {
            return Verdict.ok();
        }
        List<String> stale = new ArrayList<>();
        if ("true".equals(row.get("password_enabled"))) {
            Instant used = time(row.get("password_last_used"));
            Instant since = used != null ? used : time(row.get("password_last_changed"));
            if (since != null && Duration.between(since, clock.instant()).toDays() > days) {
                stale.add("password");
            }
        }
        for (int k = 1; k <= 2; k++) {
            if ("true".equals(row.get("access_key_" + k + "_active"))) {
                Instant used = time(row.get("access_key_" + k + "_last_used_date"));
                Instant since = used != null ? used : time(row.get("access_key_" + k + "_last_rotated"));
                if (since != null && Duration.between(since, clock.instant()).toDays() > days) {
                    stale.add("access key " + k);
                }
            }
        }
        return stale.isEmpty() ? Verdict.ok() : Verdict.fail(String.join(" and ", stale) + " unused for more than "
                + days + " days.");
    }

    /** FAIL for a user with a console password and no MFA device (CIS 1.10). */
    private static Verdict consoleUsersHaveMfa(JsonNode ctx, Map<String, String> p, Clock clock) {
        Map<String, String> row = reportRow(ctx);
        if (row == null || !"true".equals(row.get("password_enabled"))) {
            return Verdict.ok();
        }
        return "true".equals(row.get("mfa_active")) ? Verdict.ok()
                : Verdict.fail("The user can sign in to the console and has no MFA device.");
    }

    /** FAIL for an active access key (step {@code keys}) created more than {@code days} days ago (CIS 1.14). */
    private static Verdict accessKeysRotated(JsonNode ctx, Map<String, String> p, Clock clock) {
        long days = Long.parseLong(p.getOrDefault("days", "90"));
        for (JsonNode k : ctx.path("keys").path("AccessKeyMetadata")) {
            Instant created = time(k.path("CreateDate"));
            if ("Active".equals(k.path("Status").asText()) && created != null
                    && Duration.between(created, clock.instant()).toDays() > days) {
                return Verdict.fail("Access key " + k.path("AccessKeyId").asText() + " is "
                        + Duration.between(created, clock.instant()).toDays() + " days old (limit " + days + ").");
            }
        }
        return Verdict.ok();
    }

    /** FAIL when the item lacks one of {@code params.keys} (comma-separated tag keys) in {@code Tags}. */
    private static Verdict hasTags(JsonNode ctx, Map<String, String> p, Clock clock) {
        JsonNode tags = path(ctx, p.getOrDefault("field", "item.Tags"));
        List<String> missing = new ArrayList<>();
        for (String key : p.getOrDefault("keys", "Owner").split(",")) {
            boolean found = false;
            for (JsonNode t : tags) {
                found |= key.trim().equals(t.path("Key").asText());
            }
            if (!found) {
                missing.add(key.trim());
            }
        }
        return missing.isEmpty() ? Verdict.ok() : Verdict.fail("Missing tag(s): " + String.join(", ", missing) + ".");
    }

    private static JsonNode path(JsonNode root, String dotted) {
        JsonNode n = root;
        for (String part : dotted.split("\\.")) {
            n = n.path(part);
        }
        return n;
    }

    private static Instant time(JsonNode n) {
        if (n.isNumber()) {
            return Instant.ofEpochMilli((long) (n.asDouble() * 1000));
        }
        return n.isTextual() ? time(n.asText()) : null;
    }

    private static Instant time(String s) {
        if (s == null || s.isBlank() || s.equals("N/A") || s.equals("no_information") || s.equals("not_supported")) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (RuntimeException e) {
            try {
                return Instant.parse(s);
            } catch (RuntimeException again) {
                return null;
            }
        }
    }

    /** A policy document given as a JSON string (URL-encoded by IAM or not) or as an object. */
    private static JsonNode document(JsonNode doc) {
        if (!doc.isTextual()) {
            return doc;
        }
        String text = doc.asText();
        if (text.startsWith("%7B") || text.startsWith("%7b")) {
            text = java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    private static List<JsonNode> statements(JsonNode doc) {
        JsonNode s = doc.path("Statement");
        List<JsonNode> out = new ArrayList<>();
        if (s.isArray()) {
            s.forEach(out::add);
        } else if (s.isObject()) {
            out.add(s);
        }
        return out;
    }

    private static boolean has(JsonNode value, String wanted) {
        if (value.isArray()) {
            for (JsonNode v : value) {
                if (wanted.equals(v.asText())) {
                    return true;
                }
            }
            return false;
        }
        return wanted.equals(value.asText());
    }
}
