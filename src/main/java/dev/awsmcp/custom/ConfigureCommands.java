package dev.awsmcp.custom;

import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.model.AccessLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code aws configure get NAME} and {@code aws configure list-profiles} ({@code customizations/configure/get.py},
 * {@code listprofiles.py}): read the shared config and credentials files ({@code AWS_CONFIG_FILE},
 * {@code AWS_SHARED_CREDENTIALS_FILE}, else {@code ~/.aws/config} and {@code ~/.aws/credentials}) as the CLI does.
 * {@code get} prints the value and exits 0, or prints nothing and exits 1 when it is not set; a credential
 * ({@code aws_secret_access_key}, {@code aws_session_token}) is a sensitive read the read-only policy refuses.
 * Nothing is sent and nothing is written; {@code configure set} and the other subcommands stay unsupported.
 */
final class ConfigureCommands implements Customization {
    private static final Set<String> SECRET_KEYS = Set.of("aws_secret_access_key", "aws_session_token",
            "aws_security_token");

    @Override
    public String group() {
        return "configure";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("get", "Prints one value of the local AWS configuration.",
                "list-profiles", "Lists the profiles of the local AWS configuration.");
    }

    /**
     * @param key a configuration key as {@code configure get} takes it ({@code region}, {@code profile.dev.aws_session_token})
     * @return whether its value is a credential
     */
    static boolean isSecretKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        int dot = k.lastIndexOf('.');
        return SECRET_KEYS.contains(dot >= 0 ? k.substring(dot + 1) : k);
    }

    @Override
    public void plan(Invocation invocation, CustomPlan plan) {
        boolean secret = invocation.subcommand().equals("get") && !invocation.positionals().isEmpty()
                && isSecretKey(invocation.positionals().get(0));
        plan.local("configure", invocation.subcommand(), List.of("local:ReadConfig"), AccessLevel.READ, secret,
                secret ? "prints a credential from the local configuration" : "reads the local configuration");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        if (h.subcommand().equals("list-profiles")) {
            return listProfiles(calls::environmentVariable);
        }
        List<String> args = new ArrayList<>();
        for (String a : h.args()) {
            if (!a.startsWith("--")) {
                args.add(a);
            }
        }
        return get(args, h.options().profile(), calls::environmentVariable);
    }

    /** {@code configure list-profiles}: config file profiles, then those only in the credentials file. */
    static CustomResult listProfiles(Function<String, Optional<String>> env) {
        Set<String> names = new LinkedHashSet<>(read(file(env, "AWS_CONFIG_FILE", "config"), true).keySet());
        names.addAll(read(file(env, "AWS_SHARED_CREDENTIALS_FILE", "credentials"), false).keySet());
        StringBuilder out = new StringBuilder();
        names.forEach(n -> out.append(n).append('\n'));
        return CustomResult.printed(out.toString());
    }

    /**
     * {@code configure get NAME}: {@code region}, {@code default.region}, {@code profile.dev.region},
     * {@code s3.max_concurrent_requests} (a sub-key) in the profile of {@code --profile}, {@code AWS_PROFILE},
     * {@code AWS_DEFAULT_PROFILE} or {@code default}; the credentials file wins over the config file.
     */
    static CustomResult get(List<String> args, String profileOption, Function<String, Optional<String>> env) {
        if (args.size() != 1) {
            throw new CustomCommandException("MissingRequiredArgument", "the following arguments are required: varname",
                    "Give one name, e.g. aws configure get region, or profile.dev.region.", 252);
        }
        String name = args.get(0);
        String profile = Optional.ofNullable(profileOption).or(() -> env.apply("AWS_PROFILE"))
                .or(() -> env.apply("AWS_DEFAULT_PROFILE")).orElse("default");
        String key = name;
        if (name.startsWith("default.")) {
            profile = "default";
            key = name.substring("default.".length());
        } else if (name.startsWith("profile.") && name.indexOf('.', "profile.".length()) > 0) {
            int dot = name.indexOf('.', "profile.".length());
            profile = name.substring("profile.".length(), dot);
            key = name.substring(dot + 1);
        }
        Map<String, String> scoped = new LinkedHashMap<>(read(file(env, "AWS_CONFIG_FILE", "config"), true)
                .getOrDefault(profile, Map.of()));
        scoped.putAll(read(file(env, "AWS_SHARED_CREDENTIALS_FILE", "credentials"), false)
                .getOrDefault(profile, Map.of())); // the credentials file wins, as in botocore
        String value = scoped.get(key);
        if (value == null) {
            return CustomResult.failed(1, "", new CustomResult.Failure("ConfigValueNotSet", "The config value '" + name
                    + "' is not set in profile '" + profile + "'.",
                    "Run 'aws configure list-profiles' to see the profiles, or set it with 'aws configure set'."));
        }
        return CustomResult.text(value + "\n");
    }

    private static Path file(Function<String, Optional<String>> env, String variable, String name) {
        return env.apply(variable).map(p -> Path.of(p.startsWith("~/")
                ? System.getProperty("user.home") + p.substring(1) : p))
                .orElse(Path.of(System.getProperty("user.home"), ".aws", name));
    }

    /**
     * Profile name to its keys, in file order. Config sections are {@code [default]} and {@code [profile NAME]};
     * other sections ({@code [sso-session x]}, {@code [services x]}) are skipped. Indented lines under an empty key
     * are its sub-keys ({@code s3.max_concurrent_requests}).
     */
    static Map<String, Map<String, String>> read(Path file, boolean configFile) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException missing) {
            return out;
        }
        Map<String, String> current = null;
        String parent = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String section = line.substring(1, line.length() - 1).strip();
                String profile = !configFile || section.equals("default") ? section
                        : section.startsWith("profile ") ? section.substring("profile ".length()).strip() : null;
                current = profile == null ? null : out.computeIfAbsent(profile, k -> new LinkedHashMap<>());
                parent = null;
                continue;
            }
            int eq = line.indexOf('=');
            if (current == null || eq <= 0) {
                continue;
            }
            String k = line.substring(0, eq).strip();
            String v = line.substring(eq + 1).strip();
            boolean indented = Character.isWhitespace(raw.charAt(0));
            if (indented && parent != null) {
                current.put(parent + "." + k, v);
            } else {
                current.put(k, v);
                parent = v.isEmpty() ? k : null;
            }
        }
        return out;
    }
}
