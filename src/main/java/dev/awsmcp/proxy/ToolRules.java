package dev.awsmcp.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The read-only rules for remote tools: the bundled {@code read-only-tools.yaml} (the AWS MCP Server's tools),
 * after the user's own file when one is given. The first rule that matches a tool name decides.
 */
public final class ToolRules {
    private static final String BUNDLED = "read-only-tools.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<ToolRule> rules;

    private ToolRules(List<ToolRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The bundled rules only. */
    public static ToolRules bundled() {
        try (InputStream in = ToolRules.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the class path");
            }
            return new ToolRules(parse(YAML.readTree(in), "bundled " + BUNDLED));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled " + BUNDLED, e);
        }
    }

    /**
     * The user's rules, then the bundled ones.
     *
     * @param file a rules file in the bundled file's format
     * @return the rules
     * @throws ProxyException when the file is missing or a rule is malformed (the message names the rule)
     */
    public static ToolRules withFile(Path file) {
        JsonNode tree;
        try {
            tree = YAML.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw ProxyException.usage("RulesNotFound", "The read-only rules file " + file + " does not exist.",
                    "Give an existing file to --read-only-rules.");
        } catch (IOException e) {
            throw ProxyException.usage("BadRules", "The read-only rules file " + file + " is not valid YAML: "
                    + firstLine(e.getMessage()), "See docs/proxy.md for the format.");
        }
        List<ToolRule> all = new ArrayList<>(parse(tree, file.toString()));
        all.addAll(bundled().rules);
        return new ToolRules(all);
    }

    /** The rules in order. */
    public List<ToolRule> rules() {
        return rules;
    }

    /**
     * @param toolName a remote tool name
     * @return the first rule covering it, or empty
     */
    public Optional<ToolRule> match(String toolName) {
        for (ToolRule r : rules) {
            if (r.matches(toolName)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    static List<ToolRule> parse(JsonNode tree, String origin) {
        if (tree == null || !tree.path("rules").isArray()) {
            throw ProxyException.usage("BadRules", origin + ": expected a top-level 'rules:' list.",
                    "See docs/proxy.md for the format.");
        }
        List<ToolRule> out = new ArrayList<>();
        int n = 0;
        for (JsonNode r : tree.path("rules")) {
            n++;
            String where = origin + ": rule " + n;
            String tool = r.path("tool").asText("");
            if (tool.isBlank()) {
                throw ProxyException.usage("BadRules", where + " has no 'tool' pattern.", "Add tool: \"*call_aws\" or similar.");
            }
            String judgeText = r.path("judge").asText("");
            ToolRule.Judge judge;
            try {
                judge = ToolRule.Judge.valueOf(judgeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProxyException.usage("BadRules", where + " (" + tool + ") has judge '" + judgeText
                        + "'.", "Use one of: read, command, script, deny.");
            }
            String argument = r.path("argument").asText(null);
            if ((judge == ToolRule.Judge.COMMAND || judge == ToolRule.Judge.SCRIPT) && (argument == null || argument.isBlank())) {
                throw ProxyException.usage("BadRules", where + " (" + tool + ") judges '" + judge.label()
                        + "' but names no 'argument'.", "Add argument: the (dotted) name of the tool argument to classify.");
            }
            for (java.util.Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!List.of("tool", "judge", "argument", "reason").contains(field)) {
                    throw ProxyException.usage("BadRules", where + " (" + tool + ") has the unknown field '" + field + "'.",
                            "A rule has tool, judge, argument and reason.");
                }
            }
            out.add(new ToolRule(tool, judge, argument, r.path("reason").asText(null), where));
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
