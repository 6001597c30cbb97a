package dev.awsmcp.custom;

import dev.awsmcp.command.HighLevelCommand;
import java.util.List;
import java.util.Map;

/**
 * A command the AWS CLI implements by hand instead of one model operation ({@code aws s3 cp},
 * {@code aws ecr get-login-password}, {@code aws cloudformation deploy}). One class per customization, one line in
 * {@link CustomizationRegistry#bundled()}: the parser accepts its subcommands, {@code aws_cli_help} lists them, the
 * classifier judges them by {@link #plan}, and the engine runs them through {@link #run} after the policy allowed
 * them.
 *
 * <pre>{@code
 * final class SqsCountQueues implements Customization {
 *     public String group() { return "sqs"; }
 *     public Map<String, String> commands() { return Map.of("count-queues", "Prints how many queues there are."); }
 *     public void plan(Invocation in, CustomPlan plan) { plan.api("sqs", "ListQueues"); }
 *     public CustomResult run(HighLevelCommand command, CustomCalls calls) {
 *         int n = calls.call("sqs", "ListQueues", JsonNodeFactory.instance.objectNode(), command.options())
 *                 .path("QueueUrls").size();
 *         return CustomResult.text(n + "\n");
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations are stateless and thread-safe. {@link #plan} must name every API call {@link #run} can make:
 * in read-only mode a command runs only when every planned step is a read, and a call {@link #run} makes beyond
 * its plan is not checked again.
 */
public interface Customization {
    /**
     * The CLI service ({@code ecr}) or top-level group ({@code s3}) the subcommands belong to.
     *
     * @return the group as typed after {@code aws}
     */
    String group();

    /**
     * The subcommands this class runs, each with a one-line description for help and the catalog.
     *
     * @return subcommand name ({@code get-login-password}) to description
     */
    Map<String, String> commands();

    /**
     * Writes down what a command will do, without doing any of it. Called by the classifier before the policy
     * decides; must not fail on odd arguments (the run reports those).
     *
     * @param invocation the subcommand and its arguments
     * @param plan       where the calls and local effects go
     */
    void plan(Invocation invocation, CustomPlan plan);

    /**
     * Runs a command the policy has allowed.
     *
     * @param command the parsed command
     * @param calls   the way to AWS, local files, waiters and the clock
     * @return what the AWS CLI would print
     * @throws dev.awsmcp.error.AwsMcpException for bad arguments (exit 252) or a failed call
     */
    CustomResult run(HighLevelCommand command, CustomCalls calls);

    /**
     * A command's arguments as the classifier reads them.
     *
     * @param subcommand  the subcommand, e.g. {@code cp}
     * @param positionals positional arguments in order
     * @param options     options by name with their dashes ({@code --recursive}) to values (empty for flags)
     */
    record Invocation(String subcommand, List<String> positionals, Map<String, List<String>> options) {
        public Invocation {
            positionals = List.copyOf(positionals);
            options = Map.copyOf(options);
        }

        /** Whether an option was given. */
        public boolean has(String option) {
            return options.containsKey(option);
        }

        /** The first value of an option, or null when it is absent or a flag. */
        public String first(String option) {
            List<String> v = options.get(option);
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }
}
