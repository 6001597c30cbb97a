package dev.awsmcp.mcp;

import java.util.List;
import java.util.Optional;

/**
 * Every option of {@code aws-mcp serve}: its flag, its environment variable, its default and one line of help. The
 * single source for parsing, {@code serve --help} and {@code docs/configuration.md}.
 */
public enum ConfigOption {
    READ_ONLY("--read-only", "AWS_MCP_READ_ONLY", null, "false",
            "Allow only calls the classifier places as List/Read; deny everything else."),
    REQUIRE_CONSENT("--require-consent", "AWS_MCP_REQUIRE_CONSENT", null, "false",
            "Ask the user through MCP elicitation before any non-read call; clients without elicitation are denied."),
    ALLOW_SENSITIVE_READS("--allow-sensitive-reads", "AWS_MCP_ALLOW_SENSITIVE_READS", null, "false",
            "In read-only mode, also allow reads that return secrets or credentials (sts assume-role, secretsmanager get-secret-value...)."),
    POLICY("--policy", "AWS_MCP_POLICY", "FILE", "~/.aws-mcp/policy.yaml when it exists",
            "Security policy file (JSON or YAML) with ordered allow/deny/consent rules."),
    WORKDIR("--workdir", "AWS_MCP_WORKDIR", "DIR", "the current directory",
            "Directory that file://, fileb:// and output paths must stay inside."),
    FILE_ACCESS("--file-access", "AWS_MCP_FILE_ACCESS", "MODE", "workdir",
            "Local file access: workdir, unrestricted or no-access."),
    MAX_OUTPUT("--max-output", "AWS_MCP_MAX_OUTPUT", "CHARS", "50000",
            "Cap on the characters one tool result returns; larger outputs end with a note on how to continue."),
    MAX_PARALLEL("--max-parallel", "AWS_MCP_MAX_PARALLEL", "N", "8",
            "How many commands of one call_aws batch or region, account or profile fan-out run at once."),
    MAX_PER_ACCOUNT("--max-per-account", "AWS_MCP_MAX_PER_ACCOUNT", "N", "4",
            "How many targets of one account a --accounts/--profiles fan-out runs at once."),
    PROFILE("--profile", "AWS_MCP_PROFILE", "NAME", "AWS_PROFILE, else default",
            "Default AWS profile for commands without --profile."),
    REGION("--region", "AWS_MCP_REGION", "REGION", "AWS_REGION, AWS_DEFAULT_REGION, else the profile's region",
            "Default region for commands without --region."),
    TRANSPORT("--transport", "AWS_MCP_TRANSPORT", "KIND", "stdio",
            "stdio or http (streamable HTTP); --http is short for --transport http."),
    HTTP_HOST("--host", "AWS_MCP_HTTP_HOST", "ADDRESS", "127.0.0.1",
            "Address the HTTP transport binds; a non-loopback address requires an auth token."),
    HTTP_PORT("--port", "AWS_MCP_HTTP_PORT", "PORT", "8765",
            "Port of the HTTP transport (0 picks a free port and prints it on stderr)."),
    AUTH_TOKEN("--auth-token", "AWS_MCP_AUTH_TOKEN", "TOKEN", "none",
            "Bearer token HTTP clients must send (Authorization: Bearer ...); prefer the variable over the flag."),
    ALLOWED_ORIGINS("--allowed-origins", "AWS_MCP_ALLOWED_ORIGINS", "LIST", "http://localhost:*,http://127.0.0.1:*,http://[::1]:*",
            "Comma-separated Origin values the HTTP transport accepts (port wildcard :*); requests without Origin pass."),
    ALLOWED_HOSTS("--allowed-hosts", "AWS_MCP_ALLOWED_HOSTS", "LIST", "localhost:*,127.0.0.1:*,[::1]:*, plus --host",
            "Comma-separated Host header values the HTTP transport accepts (port wildcard :*), against DNS rebinding."),
    AUDIT_FILE("--audit-file", "AWS_MCP_AUDIT_FILE", "FILE", "~/.aws-mcp/audit/audit.jsonl",
            "Where the JSON-lines audit trail is written (rotated at 10 MiB, 5 files kept)."),
    AUDIT_CLOUDWATCH("--audit-cloudwatch", "AWS_MCP_AUDIT_CLOUDWATCH", "GROUP[/STREAM]", "none",
            "Also ship audit records to this CloudWatch Logs group (and stream)."),
    AUDIT_FAILURE("--audit-failure", "AWS_MCP_AUDIT_FAILURE", "MODE", "fail-closed",
            "When the audit file cannot be written: fail-closed refuses calls until it can; record-loss lets them run and "
                    + "writes one line counting the lost records once it can again."),
    LOG_FILE("--log-file", "AWS_MCP_LOG_FILE", "FILE", "~/.aws-mcp/aws-mcp.log",
            "Server log file (logs also go to stderr; stdout carries only the MCP protocol). 'none' disables the file."),
    LOG_LEVEL("--log-level", "AWS_MCP_LOG_LEVEL", "LEVEL", "info",
            "Log level: error, warn, info, debug, trace or off."),
    SOP_DIR("--sop-dir", "AWS_MCP_SOP_DIR", "DIR", "none",
            "Extra directory of Agent SOPs (Markdown runbooks) added to or overriding the bundled ones."),
    DOCS("--docs", "AWS_MCP_DOCS", null, "true",
            "Offer the AWS documentation tools (they reach docs.aws.amazon.com; offline, search uses the bundled API reference).");

    private final String flag;
    private final String env;
    private final String valueName;
    private final String defaultText;
    private final String help;

    ConfigOption(String flag, String env, String valueName, String defaultText, String help) {
        this.flag = flag;
        this.env = env;
        this.valueName = valueName;
        this.defaultText = defaultText;
        this.help = help;
    }

    /** The command-line flag, e.g. {@code --read-only}. */
    public String flag() {
        return flag;
    }

    /** The environment variable, e.g. {@code AWS_MCP_READ_ONLY}. */
    public String env() {
        return env;
    }

    /** The value's placeholder in help, or null for a boolean switch. */
    public String valueName() {
        return valueName;
    }

    /** True for switches ({@code --read-only} alone means true). */
    public boolean isSwitch() {
        return valueName == null;
    }

    /**
     * True for the policy modes, which any source can switch on and none can switch off (as the policy file does):
     * {@code AWS_MCP_READ_ONLY=true} in a client's configuration holds even if a flag says false.
     */
    public boolean isSticky() {
        return this == READ_ONLY || this == REQUIRE_CONSENT || this == ALLOW_SENSITIVE_READS;
    }

    /** The default, in words. */
    public String defaultText() {
        return defaultText;
    }

    /** One line of help. */
    public String help() {
        return help;
    }

    /**
     * Finds an option by flag.
     *
     * @param flag e.g. {@code --port}
     * @return the option, or empty
     */
    public static Optional<ConfigOption> byFlag(String flag) {
        for (ConfigOption o : values()) {
            if (o.flag.equals(flag)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * The option table as Markdown (for {@code docs/configuration.md}).
     *
     * @return one row per option
     */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder("| flag | environment variable | default | what it does |\n| --- | --- | --- | --- |\n");
        for (ConfigOption o : values()) {
            String flag = o.isSwitch() ? o.flag : o.flag + " " + o.valueName;
            sb.append("| `").append(flag).append("` | `").append(o.env).append("` | ")
                    .append(md(o.defaultText)).append(" | ").append(md(o.help)).append(" |\n");
        }
        return sb.toString();
    }

    private static String md(String text) {
        return text.replace("|", "\\|").replace("*", "\\*");
    }

    /**
     * The option list for {@code serve --help}.
     *
     * @return aligned lines
     */
    public static List<String> helpLines() {
        return java.util.Arrays.stream(values()).map(o -> {
            String flag = o.isSwitch() ? o.flag : o.flag + " " + o.valueName;
            return String.format("  %-26s %s [%s; default %s]", flag, o.help, o.env, o.defaultText);
        }).toList();
    }
}
