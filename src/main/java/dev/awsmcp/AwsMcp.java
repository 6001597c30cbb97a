package dev.awsmcp;

/**
 * Runs AWS-CLI-style commands in-process: parse against the bundled models, check the security policy, call AWS
 * through the SDK's signer and HTTP client, format like the AWS CLI, audit.
 *
 * <pre>{@code
 * try (AwsMcp aws = AwsMcp.builder().region("eu-west-1").readOnly(true).build()) {
 *     CommandResult r = aws.execute("aws ec2 describe-instances --query 'Reservations[].Instances[].InstanceId'");
 *     System.out.println(r.text());
 * }
 * }</pre>
 */
public interface AwsMcp extends AutoCloseable {
    /**
     * Starts a builder with defaults: region and credentials from the environment and {@code ~/.aws}, read-write
     * mode, file access confined to the working directory.
     *
     * @return a new builder
     */
    static AwsMcpBuilder builder() {
        return new AwsMcpBuilder();
    }

    /**
     * Runs one command with a default context.
     *
     * @param command e.g. {@code aws s3api list-buckets --output json}
     * @return the result; errors are reported in the result, not thrown
     */
    default CommandResult execute(String command) {
        return execute(command, ExecutionContext.defaults());
    }

    /**
     * Runs one command.
     *
     * @param command the command string
     * @param context who is calling, progress, cancellation, consent
     * @return the result; errors are reported in the result, not thrown
     */
    CommandResult execute(String command, ExecutionContext context);

    /** Releases HTTP connections and flushes the audit trail. */
    @Override
    void close();
}
