package dev.awsmcp.custom;

import dev.awsmcp.command.CustomCommandNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry of the customizations aws-mcp runs: one registration line each in {@link #bundled()}. The parser,
 * {@code aws_cli_help}, the suggestion catalog and the classifier all read their commands from here, so a new
 * customization is one class plus one line. Immutable and thread-safe.
 *
 * <pre>{@code
 * CustomizationRegistry all = CustomizationRegistry.bundled().with(new MyCustomization());
 * all.find("ecr", "get-login-password").ifPresent(c -> ...);
 * }</pre>
 */
public final class CustomizationRegistry {
    private static final CustomizationRegistry BUNDLED = withAll(new CustomizationRegistry(List.of())
            .with(new S3Commands())
            .with(new EcrLoginPassword("ecr"))
            .with(new EcrLoginPassword("ecr-public"))
            .with(new EcrGetLogin())
            .with(new DbAuthToken())
            .with(new EksToken())
            .with(new EksKubeconfig())
            .with(new CloudFormationDeploy())
            .with(new CloudFormationPackage())
            .with(new ConfigureCommands())
            .with(new EmrCommands())
            .with(new EmrDefaultRoles())
            .with(new ConfigServiceStatus())
            .with(new CloudFrontSign())
            .with(new DlmDefaultRole())
            .with(new DataPipelineRuns())
            .with(new DeployOnPremises())
            .with(new DeployPush())
            .with(new GameLiftUploadBuild())
            .with(new CloudTrailValidateLogs())
            .with(new LogsLiveTail())
            .with(new EmrContainersTrustPolicy())
            .with(new ConfigServiceSubscribe()), LocalProgramCommand.bundled());

    private static CustomizationRegistry withAll(CustomizationRegistry registry, List<? extends Customization> more) {
        CustomizationRegistry r = registry;
        for (Customization c : more) {
            r = r.with(c);
        }
        return r;
    }

    private final List<Customization> all;
    private final Map<String, Customization> byCommand;

    private CustomizationRegistry(List<Customization> all) {
        this.all = List.copyOf(all);
        Map<String, Customization> index = new LinkedHashMap<>();
        for (Customization c : this.all) {
            for (String sub : c.commands().keySet()) {
                Customization before = index.put(key(c.group(), sub), c);
                if (before != null) {
                    throw new IllegalArgumentException("'aws " + c.group() + " " + sub + "' is registered twice: by "
                            + before.getClass().getName() + " and " + c.getClass().getName());
                }
            }
        }
        this.byCommand = Collections.unmodifiableMap(index);
    }

    /**
     * The customizations that ship with aws-mcp.
     *
     * @return the registry
     */
    public static CustomizationRegistry bundled() {
        return BUNDLED;
    }

    /**
     * A registry with one more customization.
     *
     * @param customization the customization
     * @return a new registry
     * @throws IllegalArgumentException when one of its commands is already registered
     */
    public CustomizationRegistry with(Customization customization) {
        Objects.requireNonNull(customization, "customization");
        if (customization.group().isBlank() || customization.commands().isEmpty()) {
            throw new IllegalArgumentException(customization.getClass().getName() + " names no group or no command");
        }
        List<Customization> next = new ArrayList<>(all);
        next.add(customization);
        return new CustomizationRegistry(next);
    }

    /**
     * The customization that runs a command.
     *
     * @param group      the CLI service or top-level group, e.g. {@code ecr}
     * @param subcommand the subcommand, e.g. {@code get-login-password}
     * @return the customization, or empty when aws-mcp does not run this command
     */
    public Optional<Customization> find(String group, String subcommand) {
        return Optional.ofNullable(byCommand.get(key(group, subcommand)));
    }

    /**
     * The registered subcommands of one group with their descriptions, sorted by name.
     *
     * @param group the CLI service or top-level group
     * @return subcommand to description; empty when none are registered
     */
    public Map<String, String> commands(String group) {
        Map<String, String> out = new TreeMap<>();
        for (Customization c : all) {
            if (c.group().equals(group)) {
                out.putAll(c.commands());
            }
        }
        return out;
    }

    /**
     * The registered commands as the parser and help see them.
     *
     * @return group to subcommand to description
     */
    public CustomCommandNames commandNames() {
        Map<String, Map<String, String>> byGroup = new LinkedHashMap<>();
        for (Customization c : all) {
            byGroup.computeIfAbsent(c.group(), g -> new LinkedHashMap<>()).putAll(c.commands());
        }
        return new CustomCommandNames(byGroup);
    }

    /** Every registered customization, in registration order. */
    public List<Customization> all() {
        return all;
    }

    private static String key(String group, String subcommand) {
        return group + " " + subcommand;
    }
}
