package dev.awsmcp.proxy;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rule of {@link ToolRules}: which remote tools it covers and how their calls are judged in read-only mode.
 *
 * @param tool     the glob over the remote tool name ({@code *} is any run; case-insensitive)
 * @param judge    how calls are judged
 * @param argument the dotted path of the argument to classify ({@code command} and {@code script} rules), or null
 * @param reason   why ({@code deny} rules), or null
 * @param origin   where the rule was read ({@code file:line}), for messages and audit lines
 */
public record ToolRule(String tool, Judge judge, String argument, String reason, String origin) {
    /** How a rule judges a call. */
    public enum Judge {
        /** Always a read. */
        READ,
        /** The argument is an AWS CLI command, classified offline. */
        COMMAND,
        /** The argument is a Python script whose visible {@code call_boto3} calls are classified. */
        SCRIPT,
        /** Never allowed in read-only mode. */
        DENY;

        /** The name used in rule files. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ToolRule {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(judge, "judge");
    }

    /**
     * @param toolName a remote tool name
     * @return whether this rule covers it
     */
    public boolean matches(String toolName) {
        StringBuilder re = new StringBuilder();
        for (String part : tool.split("\\*", -1)) {
            re.append(Pattern.quote(part)).append(".*");
        }
        re.setLength(re.length() - 2); // the last part has no star after it
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE).matcher(toolName).matches();
    }
}
