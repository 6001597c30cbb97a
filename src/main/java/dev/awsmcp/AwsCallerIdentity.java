package dev.awsmcp;

import dev.awsmcp.audit.CallerIdentityLookup;
import dev.awsmcp.audit.CredentialKey;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CallerIdentityLookup} through our own client: {@code aws sts get-caller-identity [--profile P]} on an
 * internal facade (built without policy gate or audit sink, so the lookup neither needs permission from the policy
 * nor audits itself). Wrap it in a {@link dev.awsmcp.audit.CallerIdentityCache} so it runs once per credential set.
 */
public final class AwsCallerIdentity implements CallerIdentityLookup {
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
        String command = "aws sts get-caller-identity --output json"
                + (key.profile() == null ? "" : " --profile " + Quoting.single(key.profile())) + globals;
        CommandResult r = aws.execute(command);
        if (!r.ok()) {
            throw new IOException("sts get-caller-identity failed: " + (r.error() == null ? "exit " + r.exitCode() : r.error().code()));
        }
        return r.json() == null || !r.json().hasNonNull("Arn") ? Optional.empty() : Optional.of(r.json().get("Arn").asText());
    }
}
