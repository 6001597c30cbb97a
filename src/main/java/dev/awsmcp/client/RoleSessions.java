package dev.awsmcp.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.RoleOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * The role sessions of {@code --role-arn}: assumed once per (base credentials, role, external id, session name,
 * duration), kept until five minutes before they expire, then assumed again. Concurrent commands for the same
 * session wait for one AssumeRole instead of each sending their own. Thread-safe.
 */
final class RoleSessions {
    /** Sessions are renewed this long before they expire, so no call is signed with credentials about to lapse. */
    static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private record Key(String baseAccessKeyId, String roleArn, String externalId, String sessionName,
                       Integer durationSeconds, String serialNumber) {}

    /** One session and the lock its refresh holds. */
    private static final class Holder {
        private AwsSessionCredentials credentials;
        private Instant expires = Instant.MIN;
    }

    private final Map<Key, Holder> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    /**
     * @param clock the clock expiry is judged by
     */
    RoleSessions(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param role       the role to assume
     * @param base       the credentials the role is assumed with
     * @param assumeRole sends sts:AssumeRole with these parameters, signed with {@code base}, and returns its output
     * @param mfaCode    (serial number, role ARN) to the code the human typed, or null when they cannot be asked
     * @return the role session's credentials
     * @throws dev.awsmcp.error.AwsMcpException when the role cannot be assumed
     */
    AwsCredentials credentials(RoleOptions role, AwsCredentials base, Function<ObjectNode, JsonNode> assumeRole,
                               BiFunction<String, String, String> mfaCode) {
        String sessionName = role.effectiveSessionName();
        Key key = new Key(base.accessKeyId(), role.roleArn(), role.externalId(), sessionName, role.durationSeconds(),
                role.serialNumber());
        Holder h = sessions.computeIfAbsent(key, k -> new Holder());
        synchronized (h) {
            if (h.credentials == null || !clock.instant().plus(REFRESH_BEFORE_EXPIRY).isBefore(h.expires)) {
                ObjectNode params = JsonNodeFactory.instance.objectNode()
                        .put("RoleArn", role.roleArn()).put("RoleSessionName", sessionName);
                if (role.externalId() != null) {
                    params.put("ExternalId", role.externalId());
                }
                if (role.durationSeconds() != null) {
                    params.put("DurationSeconds", role.durationSeconds());
                }
                if (role.serialNumber() != null) {
                    String code = mfaCode.apply(role.serialNumber(), role.roleArn());
                    if (code == null || !code.strip().matches("\\d{6}")) {
                        throw new ClientException("MfaCodeRequired", code == null ? "Assuming " + role.roleArn()
                                + " needs an MFA code, and none was given." : "The MFA code must be 6 digits.",
                                "The code is asked from you, never from the agent: run from an MCP client that supports "
                                        + "elicitation, and type the code of " + role.serialNumber() + " when asked.",
                                253, null);
                    }
                    params.put("SerialNumber", role.serialNumber()).put("TokenCode", code.strip());
                }
                JsonNode c = assumeRole.apply(params).path("Credentials");
                if (!c.hasNonNull("AccessKeyId") || !c.hasNonNull("SecretAccessKey")) {
                    throw new ClientException("AssumeRoleFailed", "STS answered AssumeRole for " + role.roleArn()
                            + " without credentials.", "Check that the STS endpoint is AWS's, or try again.", 255, null);
                }
                h.credentials = AwsSessionCredentials.create(c.get("AccessKeyId").asText(),
                        c.get("SecretAccessKey").asText(), c.path("SessionToken").asText(""));
                h.expires = expiration(c.path("Expiration"));
            }
            return h.credentials;
        }
    }

    /** STS's Expiration as the codecs give it: epoch seconds or an ISO-8601 text; one hour when absent. */
    private Instant expiration(JsonNode e) {
        if (e.isNumber()) {
            return Instant.ofEpochMilli((long) (e.asDouble() * 1000));
        }
        if (e.isTextual()) {
            try {
                return OffsetDateTime.parse(e.asText()).toInstant();
            } catch (RuntimeException notIso) {
                // fall through: treat as a one-hour session
            }
        }
        return clock.instant().plus(Duration.ofHours(1));
    }
}
