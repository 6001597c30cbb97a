package dev.awsmcp.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The facts of one call, handed to {@link AuditTrail#record(CallFacts)} by the facade after the call and before
 * the response returns. Never carries the output. Build with {@link #builder(String)}.
 *
 * @param time          when the call started
 * @param clientName    the MCP client's name, or null
 * @param clientVersion the MCP client's version, or null
 * @param tool          the MCP tool ({@code call_aws}), or null
 * @param commandLine   the command as written (redacted before it is logged)
 * @param service       the bound service model, or null when the command did not bind
 * @param operation     the bound operation, or null
 * @param params        the bound input (only used to find secret values to scrub), or null
 * @param highLevel     the high-level command path when not a model operation ({@code s3 cp}), or null
 * @param decision      the policy decision, or null when the command failed before the policy
 * @param profile       the profile used, or null
 * @param region        the region used, or null
 * @param credentials   identifies the credential set for the caller identity lookup, or null
 * @param requestIds    AWS request ids
 * @param httpStatus    the last HTTP status, 0 when nothing was sent
 * @param duration      wall time
 * @param errorCode     the error code ({@code AccessDenied}, {@code NoSuchBucket}, ...), or null on success
 * @param roleArn       the role the command ran as ({@code --role-arn}), or null
 * @param roleSession   the role session's name, or null
 */
public record CallFacts(Instant time, String clientName, String clientVersion, String tool, String commandLine,
                         ServiceModel service, Operation operation, ObjectNode params, String highLevel,
                         AuditDecision decision, String profile, String region, CredentialKey credentials,
                         List<String> requestIds, int httpStatus, Duration duration, String errorCode,
                        String roleArn, String roleSession) {
    public CallFacts {
        requestIds = requestIds == null ? List.of() : List.copyOf(requestIds);
        duration = duration == null ? Duration.ZERO : duration;
    }

    /**
     * Starts an event.
     *
     * @param commandLine the command as written
     * @return a builder
     */
    public static Builder builder(String commandLine) {
        return new Builder(commandLine);
    }

    /** Builds an {@link CallFacts}; every field but the command is optional. */
    public static final class Builder {
        private Instant time;
        private String clientName;
        private String clientVersion;
        private String tool;
        private final String commandLine;
        private ServiceModel service;
        private Operation operation;
        private ObjectNode params;
        private String highLevel;
        private AuditDecision decision;
        private String profile;
        private String region;
        private CredentialKey credentials;
        private List<String> requestIds = List.of();
        private int httpStatus;
        private Duration duration = Duration.ZERO;
        private String errorCode;
        private String roleArn;
        private String roleSession;

        private Builder(String commandLine) {
            this.commandLine = commandLine;
        }

        /** When the call started. */
        public Builder time(Instant t) { this.time = t; return this; }

        /** The MCP client's name and version. */
        public Builder client(String name, String version) { this.clientName = name; this.clientVersion = version; return this; }

        /** The MCP tool. */
        public Builder tool(String t) { this.tool = t; return this; }

        /** The bound operation and its input. */
        public Builder call(ServiceModel s, Operation op, ObjectNode p) { this.service = s; this.operation = op; this.params = p; return this; }

        /** The high-level command path ({@code s3 cp}). */
        public Builder highLevel(String path) { this.highLevel = path; return this; }

        /** The policy decision. */
        public Builder decision(AuditDecision d) { this.decision = d; return this; }

        /** The policy decision. */
        public Builder decision(dev.awsmcp.policy.Decision d) { this.decision = d == null ? null : AuditDecision.of(d); return this; }

        /** The profile and region used. */
        public Builder target(String p, String r) { this.profile = p; this.region = r; return this; }

        /** The credential set, for the caller identity. */
        public Builder credentials(CredentialKey k) { this.credentials = k; return this; }

        /** What AWS answered. */
        /** The role the command ran as, and its session name. */
        public Builder role(String arn, String session) { this.roleArn = arn; this.roleSession = session; return this; }

        public Builder response(List<String> ids, int status, String error) { this.requestIds = ids; this.httpStatus = status; this.errorCode = error; return this; }

        /** Wall time. */
        public Builder duration(Duration d) { this.duration = d; return this; }

        /** The event. */
        public CallFacts build() {
            return new CallFacts(time, clientName, clientVersion, tool, commandLine, service, operation, params,
                    highLevel, decision, profile, region, credentials, requestIds, httpStatus, duration, errorCode,
                    roleArn, roleSession);
        }
    }
}
