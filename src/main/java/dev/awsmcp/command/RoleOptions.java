package dev.awsmcp.command;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The role a command runs as: {@code --role-arn} with {@code --role-session-name}, {@code --external-id} and
 * {@code --duration-seconds}, on any API command whose operation has no parameter of that name. The role is assumed
 * with STS from the command's base credentials (default chain or {@code --profile}) before the call; assuming it
 * is an internal step of the command, not a command of its own.
 *
 * @param roleArn         the role, {@code arn:aws:iam::123456789012:role/Name}
 * @param sessionName     the session name, or null for one that names aws-mcp and the local user
 * @param externalId      the external id the role's trust policy asks for, or null
 * @param durationSeconds the session length (900 to 43,200), or null for STS's default of one hour
 * @param serialNumber    the MFA device the role's trust policy asks for ({@code --serial-number}); its code is
 *                        asked from the human through MCP elicitation, never taken from the command
 */
public record RoleOptions(String roleArn, String sessionName, String externalId, Integer durationSeconds,
                          String serialNumber) {
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");

    public RoleOptions {
        Objects.requireNonNull(roleArn, "roleArn");
        if (!ROLE_ARN.matcher(roleArn).matches()) {
            throw new CommandException("InvalidRoleArn", "--role-arn '" + roleArn + "' is not an IAM role ARN.",
                    "Write it as arn:aws:iam::<12-digit account id>:role/<role name>.");
        }
        if (sessionName != null && !SESSION_NAME.matcher(sessionName).matches()) {
            throw new CommandException("InvalidRoleSessionName", "--role-session-name must be 2 to 64 letters, digits "
                    + "or +=,.@_- characters, was '" + sessionName + "'.", "Use a name such as aws-mcp-alice.");
        }
        if (externalId != null && (externalId.length() < 2 || externalId.length() > 1224)) {
            throw new CommandException("InvalidExternalId", "--external-id must be 2 to 1,224 characters long.",
                    "Pass the external id exactly as the role's trust policy names it.");
        }
        if (serialNumber != null && !serialNumber.matches("[\\w+=/:,.@-]{9,256}")) {
            throw new CommandException("InvalidSerialNumber", "--serial-number '" + serialNumber + "' is not an MFA "
                    + "device serial number or ARN.", "Use the device's ARN, e.g. arn:aws:iam::123456789012:mfa/alice.");
        }
        if (durationSeconds != null && (durationSeconds < 900 || durationSeconds > 43200)) {
            throw new CommandException("InvalidDurationSeconds", "--duration-seconds must be between 900 and 43200, was "
                    + durationSeconds + ".", "Use 3600 for one hour (the role's maximum session length also applies).");
        }
    }

    /**
     * The session name the role session gets: the one given, else one that names the tool and the local user, so
     * that the account's CloudTrail shows who acted ({@code aws-mcp-alice}).
     *
     * @return a valid session name
     */
    public String effectiveSessionName() {
        return sessionName != null ? sessionName : sessionNameFor(System.getProperty("user.name"));
    }

    /**
     * The default session name for a local user.
     *
     * @param user the user name, or null
     * @return {@code aws-mcp-<user>} with characters STS refuses dropped, at most 64 long
     */
    public static String sessionNameFor(String user) {
        String clean = user == null ? "" : user.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\w+=,.@-]", "");
        String name = clean.isEmpty() ? "aws-mcp" : "aws-mcp-" + clean;
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    /**
     * A role without MFA.
     *
     * @param roleArn         the role
     * @param sessionName     the session name, or null
     * @param externalId      the external id, or null
     * @param durationSeconds the session length, or null
     */
    public RoleOptions(String roleArn, String sessionName, String externalId, Integer durationSeconds) {
        this(roleArn, sessionName, externalId, durationSeconds, null);
    }

    /** The account id in the role ARN. */
    public String accountId() {
        return roleArn.split(":")[4];
    }
}
