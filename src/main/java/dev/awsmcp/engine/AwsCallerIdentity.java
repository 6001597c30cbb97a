package dev.awsmcp.engine;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.audit.CallerIdentityLookup;
import dev.awsmcp.audit.CredentialKey;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link CallerIdentityLookup} through our own client: {@code aws sts get-caller-identity [--profile P]} on an
 * internal facade (built without policy gate or audit sink, so the lookup neither needs permission from the policy
 * nor audits itself). Wrap it in a {@link dev.awsmcp.audit.CallerIdentityCache} so it runs once per credential set.
 *
 * <p>The call is bounded: 2 s to connect, 3 s to read, and a single attempt (no retries), so an unreachable STS
 * costs the background lookup a few seconds at most; the cache keeps the failure for a while.
 */
public final class AwsCallerIdentity implements CallerIdentityLookup {
    /** Connect and read timeouts of the STS call, in seconds. */
    static final String TIMEOUTS = "--cli-connect-timeout 2 --cli-read-timeout 3";

    private final AwsMcp aws;
    private final String globals;

    /**
     * @param internal      a facade with the same credentials and region settings as the audited one, but no
     *                      gate/audit
     * @param globalOptions global options for the STS call, e.g. {@code --region eu-west-1}; may be empty
     */
    public AwsCallerIdentity(AwsMcp internal, String globalOptions) {
        this.aws = Objects.requireNonNull(internal, "internal");
        this.globals = globalOptions == null || globalOptions.isBlank() ? "" : " " + globalOptions.strip();
    }

    @Override
    public Optional<String> callerArn(CredentialKey key) throws IOException {
        String command = "aws sts get-caller-identity --output json " + TIMEOUTS
                + (key.profile() == null ? "" : " --profile " + Quoting.single(key.profile())) + globals;
        CommandResult r = aws.execute(command, oneAttempt());
        if (!r.ok()) {
            throw new IOException("sts get-caller-identity failed: " + (r.error() == null ? "exit " + r.exitCode() : r.error().code()));
        }
        return r.json() == null || !r.json().hasNonNull("Arn") ? Optional.empty() : Optional.of(r.json().get("Arn").asText());
    }

    /** A context whose cancellation flag lets the first attempt start and stops any retry. */
    private static ExecutionContext oneAttempt() {
        AtomicBoolean started = new AtomicBoolean();
        return new ExecutionContext(null, null, null, null, () -> !started.compareAndSet(false, true), null);
    }
}
