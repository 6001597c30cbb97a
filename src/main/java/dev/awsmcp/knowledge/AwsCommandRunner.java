package dev.awsmcp.knowledge;

import dev.awsmcp.CommandResult;

/**
 * Runs one AWS CLI command through this project's own client, policy and audit trail; the live region tools use it
 * for {@code account list-regions}, SSM public parameters and CloudFormation type lookups. Wire it with the facade:
 * {@code AwsCommandRunner runner = aws::execute;}.
 */
@FunctionalInterface
public interface AwsCommandRunner {
    /**
     * @param commandLine e.g. {@code aws account list-regions --region us-east-1}
     * @return the result; errors are in the result, not thrown
     */
    CommandResult run(String commandLine);
}
