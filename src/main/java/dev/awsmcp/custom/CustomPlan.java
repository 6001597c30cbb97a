package dev.awsmcp.custom;

import dev.awsmcp.model.AccessLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a hand-written command does, written down before it runs so that the classifier judges it by its effects:
 * the API calls it makes and the local actions it takes (signing a token, writing a kubeconfig), in order, and the
 * local paths it reads and writes. Filled by {@link Customization#plan}; the policy turns it into its own plan.
 * Not thread-safe: one per command.
 *
 * <pre>{@code
 * plan.api("eks", "DescribeCluster");
 * plan.local("eks", "update-kubeconfig", List.of("local:WriteKubeconfig"), AccessLevel.WRITE, false, "writes a kubeconfig");
 * plan.write("~/.kube/config");
 * }</pre>
 */
public final class CustomPlan {
    /**
     * One step: an API call ({@code service} and {@code operation} set) or a local action ({@code local} set).
     *
     * @param service   the CLI service name of an API call, or null
     * @param operation the model operation name of an API call ({@code DescribeCluster}), or null
     * @param local     the local action, or null
     */
    public record Step(String service, String operation, LocalAction local) {
        public Step {
            if ((local == null) == (service == null || operation == null)) {
                throw new IllegalArgumentException("a step is either an API call or a local action");
            }
        }
    }

    /**
     * A local action, classified as the IAM actions it stands for.
     *
     * @param group     the command group, e.g. {@code eks}
     * @param name      the action's name, e.g. {@code get-token}
     * @param actions   IAM-style action names ({@code sts:GetCallerIdentity}, {@code local:WriteConfig})
     * @param level     its access level
     * @param sensitive whether its output is a secret (a token, a password)
     * @param note      what it does, in a few words
     */
    public record LocalAction(String group, String name, List<String> actions, AccessLevel level, boolean sensitive,
                              String note) {
        public LocalAction {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(level, "level");
            actions = List.copyOf(actions);
        }
    }

    private final List<Step> steps = new ArrayList<>();
    private final List<String> reads = new ArrayList<>();
    private final List<String> writes = new ArrayList<>();

    /**
     * Adds an API call.
     *
     * @param cliService the CLI service name, e.g. {@code s3}
     * @param operation  the model operation name, e.g. {@code PutObject}
     * @return this plan
     */
    public CustomPlan api(String cliService, String operation) {
        steps.add(new Step(Objects.requireNonNull(cliService, "cliService"), Objects.requireNonNull(operation,
                "operation"), null));
        return this;
    }

    /**
     * Adds a local action.
     *
     * @param group     the command group
     * @param name      the action's name
     * @param actions   the IAM-style actions it stands for
     * @param level     its access level
     * @param sensitive whether its output is a secret
     * @param note      what it does
     * @return this plan
     */
    public CustomPlan local(String group, String name, List<String> actions, AccessLevel level, boolean sensitive,
                            String note) {
        steps.add(new Step(null, null, new LocalAction(group, name, actions, level, sensitive, note)));
        return this;
    }

    /**
     * Adds a local path the command reads; {@code -} (standard input) and null are ignored.
     *
     * @param path the path as written
     * @return this plan
     */
    public CustomPlan read(String path) {
        if (path != null && !path.equals("-")) {
            reads.add(path);
        }
        return this;
    }

    /**
     * Adds a local path the command writes or deletes; {@code -} (standard output) and null are ignored.
     *
     * @param path the path as written
     * @return this plan
     */
    public CustomPlan write(String path) {
        if (path != null && !path.equals("-")) {
            writes.add(path);
        }
        return this;
    }

    /** The steps in order. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** Local paths read. */
    public List<String> reads() {
        return List.copyOf(reads);
    }

    /** Local paths written. */
    public List<String> writes() {
        return List.copyOf(writes);
    }

    /** True when nothing was added: the command is not known to do anything. */
    public boolean isEmpty() {
        return steps.isEmpty() && reads.isEmpty() && writes.isEmpty();
    }
}
