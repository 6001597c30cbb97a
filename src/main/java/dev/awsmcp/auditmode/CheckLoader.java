package dev.awsmcp.auditmode;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.policy.Decision;
import dev.awsmcp.policy.DecisionContext;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads checks from YAML: the bundled packs ({@code security}, {@code inventory}, {@code cost}) and a user
 * directory of {@code *.yaml} files. Each file holds {@code checks:}, a list of mappings (see {@link Check} and
 * docs/audit.md). A malformed check is refused with {@code file:line}, and so is a check whose commands the
 * read-only classifier would not allow: an audit is read-only by construction, not by convention.
 */
public final class CheckLoader {
    /** The packs that ship with aws-mcp. */
    public static final List<String> BUNDLED_PACKS = List.of("security", "inventory", "cost");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,80}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");
    private static final Set<String> KEYS = Set.of("id", "title", "severity", "service", "global", "list", "items",
            "resourceId", "resourceArn", "steps", "applies", "rule", "javaRule", "params", "onError", "evidence",
            "remediation", "fix", "cis", "references");

    private final CommandParser parser = new CommandParser(ServiceCatalog.bundled(), FileReader.denyAll(),
            CustomizationRegistry.bundled().commandNames());
    private final PolicyEngine readOnly = PolicyEngine.of(PolicySettings.defaults().withReadOnly(true));

    /**
     * The checks of a bundled pack.
     *
     * @param pack {@code security}, {@code inventory} or {@code cost}
     * @return its checks in file order
     * @throws CheckException for an unknown pack
     */
    public List<Check> bundled(String pack) {
        if (!BUNDLED_PACKS.contains(pack)) {
            throw new CheckException("UnknownPack", "There is no pack '" + pack + "'.",
                    "Bundled packs: " + String.join(", ", BUNDLED_PACKS) + " (or a pack of your own checks directory).");
        }
        String resource = "packs/" + pack + ".yaml";
        try (InputStream in = CheckLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled pack missing: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), pack + ".yaml", pack);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled pack " + pack, e);
        }
    }

    /**
     * The checks of every {@code *.yaml} file in a directory; a file's name (without {@code .yaml}) is its pack.
     *
     * @param dir the directory
     * @return the checks, files in name order
     * @throws CheckException for an unreadable directory or a malformed check ({@code file:line})
     */
    public List<Check> directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CheckException("ChecksDirectoryNotFound", "The checks directory " + dir + " does not exist.",
                    "Pass a directory of *.yaml check files with --checks-dir.");
        }
        List<Check> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                String name = f.getFileName().toString();
                out.addAll(parse(Files.readString(f), f.toString(), name.substring(0, name.length() - 5)));
            }
        } catch (IOException e) {
            throw new CheckException("ChecksDirectoryUnreadable", "Cannot read " + dir + ": " + e.getMessage(),
                    "Check the directory's permissions.");
        }
        return out;
    }

    /**
     * Parses one file of checks.
     *
     * @param text   the YAML text
     * @param origin the file name for messages
     * @param pack   the pack its checks belong to
     * @return the checks
     * @throws CheckException naming {@code origin:line} for anything malformed or not read-only
     */
    public List<Check> parse(String text, String origin, String pack) {
        List<Check> out = new ArrayList<>();
        try (JsonParser p = YAML.getFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(origin, 1, "must be a mapping with a 'checks:' list");
            }
            boolean found = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!field.equals("checks")) {
                    p.skipChildren();
                    continue;
                }
                found = true;
                if (value != JsonToken.START_ARRAY) {
                    throw invalid(origin, p.currentLocation().getLineNr(), "'checks' must be a list");
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int line = p.currentLocation().getLineNr();
                    JsonNode node = YAML.readTree(p);
                    out.add(check(node, origin + ":" + line, pack));
                }
            }
            if (!found) {
                throw invalid(origin, 1, "has no 'checks:' list");
            }
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() : 1;
            throw new CheckException("InvalidCheck", origin + ":" + line + ": not valid YAML: "
                    + e.getMessage().split("\n")[0],
                    "Fix the YAML syntax; see docs/audit.md for the check format.");
        }
        return out;
    }

    private Check check(JsonNode n, String where, String pack) {
        if (!n.isObject()) {
            throw invalid(where, "a check must be a mapping");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw invalid(where, "unknown key '" + key + "'; keys are " + String.join(", ", new java.util.TreeSet<>(KEYS)));
            }
        }
        String id = required(n, "id", where);
        if (!ID.matcher(id).matches()) {
            throw invalid(where, "id '" + id + "' must be lower-case letters, digits and dashes");
        }
        String at = where + " (check " + id + ")";
        Severity severity;
        try {
            severity = Severity.parse(required(n, "severity", at));
        } catch (IllegalArgumentException e) {
            throw invalid(at, e.getMessage());
        }
        List<Check.Step> steps = new ArrayList<>();
        for (JsonNode s : n.path("steps")) {
            steps.add(new Check.Step(required(s, "name", at + " step"), required(s, "command", at + " step")));
        }
        Map<String, FindingStatus> onError = new LinkedHashMap<>();
        n.path("onError").fields().forEachRemaining(e -> {
            try {
                onError.put(e.getKey(), FindingStatus.valueOf(e.getValue().asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException bad) {
                throw invalid(at, "onError." + e.getKey() + " must be PASS, FAIL or ERROR");
            }
        });
        Map<String, String> params = new LinkedHashMap<>();
        n.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        List<String> refs = new ArrayList<>();
        n.path("references").forEach(r -> refs.add(r.asText()));
        Check c = new Check(id, required(n, "title", at), severity, required(n, "service", at), pack,
                n.path("global").asBoolean(false), required(n, "list", at), text(n, "items"),
                text(n, "resourceId"), text(n, "resourceArn"), steps, text(n, "applies"), text(n, "rule"),
                text(n, "javaRule"), params, onError, text(n, "evidence"), text(n, "remediation"), text(n, "fix"),
                text(n, "cis"), refs, where);
        validate(c, at);
        return c;
    }

    private void validate(Check c, String at) {
        if (c.rule() != null && c.javaRule() != null) {
            throw invalid(at, "has both rule and javaRule; keep one");
        }
        if (c.javaRule() != null && !JavaRules.names().contains(c.javaRule())) {
            throw invalid(at, "javaRule '" + c.javaRule() + "' is not one of " + JavaRules.names());
        }
        if (!c.steps().isEmpty() && c.items() == null) {
            throw invalid(at, "has steps but no items: steps run once per item");
        }
        if (c.items() != null && c.resourceId() == null) {
            throw invalid(at, "has items but no resourceId (the JMESPath naming each item)");
        }
        for (String[] expr : new String[][] {{"items", c.items()}, {"resourceId", c.resourceId()},
                {"applies", c.applies()}, {"rule", c.rule()}, {"evidence", c.evidence()}}) {
            if (expr[1] != null) {
                try {
                    software.amazon.smithy.jmespath.JmespathExpression.parse(expr[1]);
                } catch (RuntimeException e) {
                    throw invalid(at, expr[0] + " is not valid JMESPath: " + e.getMessage());
                }
            }
        }
        readOnly(c.list(), at);
        for (Check.Step s : c.steps()) {
            readOnly(s.command(), at + " step " + s.name());
        }
    }

    /** Refuses a command the read-only policy would deny, judged with placeholder values. */
    private void readOnly(String template, String at) {
        String command = PLACEHOLDER.matcher(template).replaceAll(Matcher.quoteReplacement(
                "aws-mcp-audit-placeholder-value"));
        ParsedCommand parsed;
        try {
            parsed = parser.parse(command);
        } catch (AwsMcpException e) {
            throw invalid(at, "'" + template + "' does not parse: " + e.getMessage());
        }
        Decision d = readOnly.decide(readOnly.plan(parsed), DecisionContext.unknown());
        if (!d.allowed()) {
            throw new CheckException("CheckNotReadOnly", at + ": '" + template + "' is not allowed in read-only mode ("
                    + d.reason() + "), so the check is refused.", "Audit checks may only list and read; use a "
                    + "List/Describe/Get command.");
        }
    }

    private static String required(JsonNode n, String key, String at) {
        String v = text(n, key);
        if (v == null || v.isBlank()) {
            throw invalid(at, "needs '" + key + "'");
        }
        return v;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static CheckException invalid(String origin, int line, String what) {
        return invalid(origin + ":" + line, what);
    }

    private static CheckException invalid(String where, String what) {
        return new CheckException("InvalidCheck", where + ": " + what + ".",
                "See docs/audit.md for the check format.");
    }
}
