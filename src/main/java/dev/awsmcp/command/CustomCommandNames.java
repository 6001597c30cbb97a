package dev.awsmcp.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Hand-written commands the parser and help accept beyond the AWS CLI's own command table: the subcommands of the
 * registered customizations, by group ({@code ecr}, {@code s3}, or a new top-level group). The customization
 * registry makes one ({@code CustomizationRegistry.commandNames()}); this package cannot see the registry itself, which
 * sits above it.
 *
 * @param byGroup group to subcommand to one-line description
 */
public record CustomCommandNames(Map<String, Map<String, String>> byGroup) {
    /** No commands beyond the AWS CLI's table. */
    public static final CustomCommandNames NONE = new CustomCommandNames(Map.of());

    public CustomCommandNames {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        byGroup.forEach((g, subs) -> copy.put(g, Map.copyOf(subs)));
        byGroup = Map.copyOf(copy);
    }

    /**
     * @param group a CLI service or top-level group
     * @return its registered subcommands with descriptions, sorted; empty when none
     */
    public Map<String, String> commands(String group) {
        return new TreeMap<>(byGroup.getOrDefault(group, Map.of()));
    }

    /**
     * @param group      a CLI service or top-level group
     * @param subcommand a subcommand
     * @return its description, or empty when it is not registered
     */
    public Optional<String> description(String group, String subcommand) {
        return Optional.ofNullable(byGroup.getOrDefault(group, Map.of()).get(subcommand));
    }

    /**
     * @param group a CLI service or top-level group
     * @return whether any subcommand of it is registered
     */
    public boolean hasGroup(String group) {
        return byGroup.containsKey(group);
    }
}
