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
 * {@code aws configure get NAME}, {@code aws configure list} and {@code aws configure list-profiles}
 * ({@code customizations/configure/get.py}, {@code list.py}, {@code listprofiles.py}): read the shared config and
 * credentials files ({@code AWS_CONFIG_FILE},
 * {@code AWS_SHARED_CREDENTIALS_FILE}, else {@code ~/.aws/config} and {@code ~/.aws/credentials}) as the CLI does.
 * {@code get} prints the value and exits 0, or prints nothing and exits 1 when it is not set; a credential
 * ({@code aws_secret_access_key}, {@code aws_session_token}) is a sensitive read the read-only policy refuses.
 * {@code list} masks the keys as the CLI does. {@code configure set NAME VALUE} ({@code set.py},
 * {@code writer.py}) writes one value into the config file, or the credentials file for keys, through the file
 * guard (so the default {@code --file-access workdir} refuses {@code ~/.aws} unless {@code AWS_CONFIG_FILE} points
 * into the working directory); it refuses {@code credential_process}, which names a program every later command
 * would run. Nothing is sent; the other subcommands stay unsupported.
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
                "set", "Writes one value into the local AWS config or credentials file.",
                "list", "Shows where the profile, credentials and region come from (keys masked).",
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
        if (invocation.subcommand().equals("set")) {
            boolean credential = !invocation.positionals().isEmpty()
                    && CREDENTIAL_FILE_KEYS.contains(lastPart(invocation.positionals().get(0)));
            plan.local("configure", "set", List.of("local:WriteConfig"), AccessLevel.WRITE, false,
                    credential ? "writes a key into the local credentials file" : "writes the local configuration");
            // no plan.write: AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE decide the file, which the planner cannot
            // see; the run checks the file it writes with the same guard (CustomCalls.files().checkWrite)
            return;
        }
        boolean secret = invocation.subcommand().equals("get") && !invocation.positionals().isEmpty()
                && isSecretKey(invocation.positionals().get(0));
        plan.local("configure", invocation.subcommand(), List.of("local:ReadConfig"), AccessLevel.READ, secret,
                secret ? "prints a credential from the local configuration"
                        : invocation.subcommand().equals("list") ? "reads the local configuration (keys are masked)"
                        : "reads the local configuration");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        if (h.subcommand().equals("set")) {
            return set(h, calls);
        }
        if (h.subcommand().equals("list-profiles")) {
            return listProfiles(calls::environmentVariable);
        }
        if (h.subcommand().equals("list")) {
            return list(h.options().profile(), calls::environmentVariable);
        }
        List<String> args = new ArrayList<>();
        for (String a : h.args()) {
            if (!a.startsWith("--")) {
                args.add(a);
            }
        }
        return get(args, h.options().profile(), calls::environmentVariable);
    }

    /**
     * {@code configure list} ({@code customizations/configure/list.py}): the profile, the access and secret keys
     * (masked to their last four characters) and the region, each with where it came from, in the CLI's columns.
     * Credentials are found as botocore's chain finds static ones: the environment (unless {@code --profile} names
     * a profile), the credentials file, the config file. A profile whose credentials need a call (a role, SSO, a
     * credential process, instance metadata) shows the provider's name and {@code <not set>}: nothing is fetched.
     */
    static CustomResult list(String profileOption, Function<String, Optional<String>> env) {
        String name;
        ConfigValue profile;
        if (profileOption != null) {
            name = profileOption;
            profile = new ConfigValue(name, "manual", "--profile");
        } else {
            Optional<String> fromEnv = env.apply("AWS_DEFAULT_PROFILE").or(() -> env.apply("AWS_PROFILE"));
            name = fromEnv.orElse("default");
            profile = fromEnv.isPresent() ? new ConfigValue(name, "env", "['AWS_DEFAULT_PROFILE', 'AWS_PROFILE']")
                    : ConfigValue.NOT_SET;
        }
        String configPath = env.apply("AWS_CONFIG_FILE").orElse("~/.aws/config");
        Map<String, String> config = read(file(env, "AWS_CONFIG_FILE", "config"), true).getOrDefault(name, Map.of());
        Map<String, String> credentials = read(file(env, "AWS_SHARED_CREDENTIALS_FILE", "credentials"), false)
                .getOrDefault(name, Map.of());
        StaticKeys keys = staticKeys(profileOption != null, env, config, credentials);
        ConfigValue region = env.apply("AWS_DEFAULT_REGION").map(r -> new ConfigValue(r, "env", "AWS_DEFAULT_REGION"))
                .orElseGet(() -> config.containsKey("region")
                        ? new ConfigValue(config.get("region"), "config-file", configPath) : ConfigValue.NOT_SET);
        StringBuilder out = new StringBuilder();
        row(out, "Name", new ConfigValue("Value", "Type", "Location"));
        row(out, "----", new ConfigValue("-----", "----", "--------"));
        row(out, "profile", profile);
        row(out, "access_key", keys.masked(keys.accessKey()));
        row(out, "secret_key", keys.masked(keys.secretKey()));
        row(out, "region", region);
        return CustomResult.printed(out.toString());
    }

    /** One row of {@code configure list} ({@code list.ConfigValue}): the value, its type and where it was found. */
    private record ConfigValue(String value, String type, String location) {
        static final ConfigValue NOT_SET = new ConfigValue("<not set>", "None", "None");
    }

    /** The credential provider botocore's chain would pick, and its keys when they are static (else null). */
    private record StaticKeys(String provider, String accessKey, String secretKey) {
        ConfigValue masked(String key) {
            return key == null ? new ConfigValue(ConfigValue.NOT_SET.value(), provider, "None")
                    : new ConfigValue(mask(key), provider, "");
        }
    }

    private static StaticKeys staticKeys(boolean explicitProfile, Function<String, Optional<String>> env,
                                         Map<String, String> config, Map<String, String> credentials) {
        Optional<String> id = env.apply("AWS_ACCESS_KEY_ID");
        Optional<String> secret = env.apply("AWS_SECRET_ACCESS_KEY");
        if (!explicitProfile && id.isPresent() && secret.isPresent()) {
            return new StaticKeys("env", id.get(), secret.get());
        }
        if (config.containsKey("role_arn")) {
            return new StaticKeys("assume-role", null, null);
        }
        if (config.containsKey("web_identity_token_file")) {
            return new StaticKeys("assume-role-with-web-identity", null, null);
        }
        if (config.containsKey("sso_session") || config.containsKey("sso_start_url")) {
            return new StaticKeys("sso", null, null);
        }
        if (credentials.containsKey("aws_access_key_id") && credentials.containsKey("aws_secret_access_key")) {
            return new StaticKeys("shared-credentials-file", credentials.get("aws_access_key_id"),
                    credentials.get("aws_secret_access_key"));
        }
        if (config.containsKey("credential_process")) {
            return new StaticKeys("custom-process", null, null);
        }
        if (config.containsKey("aws_access_key_id") && config.containsKey("aws_secret_access_key")) {
            return new StaticKeys("config-file", config.get("aws_access_key_id"), config.get("aws_secret_access_key"));
        }
        return new StaticKeys("None", null, null);
    }

    /** {@code '*' * 16 + value[-4:]}, as the CLI masks keys. */
    private static String mask(String value) {
        return "*".repeat(16) + value.substring(Math.max(0, value.length() - 4));
    }

    /** {@code '%10s %24s %16s    %s'}: the CLI's columns, right-aligned. */
    private static void row(StringBuilder out, String name, ConfigValue v) {
        out.append(String.format(Locale.ROOT, "%10s %24s %16s    %s", name, v.value(), v.type(), v.location()))
                .append('\n');
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

    /** {@code set.py _WRITE_TO_CREDS_FILE}: keys that go to the credentials file. */
    private static final Set<String> CREDENTIAL_FILE_KEYS = Set.of("aws_access_key_id", "aws_secret_access_key",
            "aws_session_token", "aws_security_token");
    /** {@code PREDEFINED_SECTION_NAMES}: sections that are no profile. */
    private static final Set<String> PREDEFINED_SECTIONS = Set.of("preview", "plugins");

    private static String lastPart(String varname) {
        String[] parts = varname.split("\\.");
        return parts.length >= 3 && parts[0].equals("profile") ? parts[2]
                : parts.length >= 2 && parts[0].equals("default") ? parts[1]
                : parts.length >= 1 && !PREDEFINED_SECTIONS.contains(parts[0]) ? parts[0] : "";
    }

    /** {@code configure set varname value}: the CLI's choice of file and section, then {@code ConfigFileWriter}. */
    private static CustomResult set(HighLevelCommand h, CustomCalls calls) {
        List<String> positionals = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String a : h.args()) {
            (a.startsWith("--") ? unknown : positionals).add(a);
        }
        if (positionals.size() < 2) {
            throw new CustomCommandException("MissingRequiredArgument", "the following arguments are required: "
                    + (positionals.isEmpty() ? "varname, value" : "value"),
                    "Write aws configure set NAME VALUE, e.g. aws configure set region us-west-2.", 2);
        }
        if (!unknown.isEmpty() || positionals.size() > 2) {
            List<String> extra = new ArrayList<>(positionals.subList(2, positionals.size()));
            extra.addAll(unknown);
            throw new CustomCommandException("UnknownOptions", "Unknown options: " + String.join(",", extra),
                    "aws configure set takes a name and a value; quote a value that has spaces.");
        }
        String varname = positionals.get(0);
        Object value = positionals.get(1);
        String profile = "default";
        String sessionProfile = Optional.ofNullable(h.options().profile())
                .or(() -> calls.environmentVariable("AWS_PROFILE"))
                .or(() -> calls.environmentVariable("AWS_DEFAULT_PROFILE")).orElse(null);
        if (!varname.contains(".")) {
            if (sessionProfile != null) {
                profile = sessionProfile;
            }
        } else {
            String[] parts = varname.split("\\.", -1);
            if (parts[0].equals("default") || parts[0].equals("profile")) {
                List<String> remaining;
                if (parts[0].equals("default")) {
                    remaining = List.of(parts).subList(1, parts.length);
                } else {
                    if (parts.length < 3) {
                        throw new CustomCommandException("InvalidVarname", "'" + varname + "' names no key of the "
                                + "profile.", "Write profile.NAME.KEY, e.g. profile.dev.region.", 255);
                    }
                    profile = parts[1];
                    remaining = List.of(parts).subList(2, parts.length);
                }
                varname = remaining.get(0);
                if (remaining.size() == 2) {
                    value = Map.of(remaining.get(1), value);
                }
            } else if (!PREDEFINED_SECTIONS.contains(parts[0])) {
                if (sessionProfile != null) {
                    profile = sessionProfile;
                }
                varname = parts[0];
                if (parts.length == 2) {
                    value = Map.of(parts[1], value);
                }
            } else if (parts.length == 2) {
                profile = parts[0];
                varname = parts[1];
            }
        }
        if (varname.equals("credential_process") || value instanceof Map
                && ((Map<?, ?>) value).containsKey("credential_process")) {
            throw new CustomCommandException("ConfigKeyRefused", "aws-mcp does not set credential_process: it names "
                    + "a program that every later AWS command with this profile would run.",
                    "Edit the config file yourself if you mean it.", 252);
        }
        for (String text : List.of(profile, varname, value instanceof Map ? String.join("", ((Map<String, String>)
                value).keySet()) + String.join("", ((Map<String, String>) value).values()) : (String) value)) {
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new CustomCommandException("InvalidConfigValue", "Invalid value for key " + varname
                        + ": newline characters and carriage returns are not allowed.",
                        "Give the value on one line.", 255);
            }
        }
        boolean credentials = CREDENTIAL_FILE_KEYS.contains(varname);
        String written = credentials
                ? calls.environmentVariable("AWS_SHARED_CREDENTIALS_FILE").orElse("~/.aws/credentials")
                : calls.environmentVariable("AWS_CONFIG_FILE").orElse("~/.aws/config");
        String section = credentials || PREDEFINED_SECTIONS.contains(profile) || profile.equals("default") ? profile
                : "profile " + (profile.chars().anyMatch(c -> c == ' ' || c == '\t') ? "'" + profile.replace("'",
                "'\"'\"'") + "'" : profile);
        java.nio.file.Path target = calls.files().checkWrite(PrivateFiles.expandHome(written));
        try {
            String existing = java.nio.file.Files.isRegularFile(target)
                    ? java.nio.file.Files.readString(target, java.nio.charset.StandardCharsets.UTF_8) : null;
            String updated = ConfigFileWriter.update(existing, section, new ConfigFileWriter.Setting(varname, value));
            PrivateFiles.write(target, updated);
        } catch (java.io.IOException e) {
            throw new CustomCommandException("ConfigNotWritable", "Could not write " + target + ": " + e.getMessage(),
                    "Check the file's permissions.");
        }
        return CustomResult.printed("");
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
