package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.model.AccessLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code aws eks update-kubeconfig --name C} ({@code awscli/customizations/eks/update_kubeconfig.py},
 * {@code kubeconfig.py}): reads the cluster with {@code DescribeCluster}, then adds or replaces its cluster, user
 * (an {@code aws eks get-token} exec entry) and context in the kubeconfig ({@code --kubeconfig}, else the first
 * {@code KUBECONFIG} file that has the cluster, else the first one, else {@code ~/.kube/config}) and makes it the
 * current context. The file is read and written through the file guard; {@code --dry-run} prints the result
 * instead of writing it. Written as PyYAML's block style, mode 0600.
 */
final class EksKubeconfig implements Customization {
    static final String API_VERSION = "client.authentication.k8s.io/v1beta1";
    static final String DEFAULT_PATH = "~/.kube/config";

    private static final CustomArguments ARGS = new CustomArguments("eks update-kubeconfig", List.of(
            Argument.text("name").asRequired(), Argument.text("kubeconfig"), Argument.text("role-arn"),
            Argument.text("proxy-url"), Argument.flag("dry-run"), Argument.flag("verbose"), Argument.text("alias"),
            Argument.text("user-alias"), Argument.text("assume-role-arn")));

    @Override
    public String group() {
        return "eks";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("update-kubeconfig", "Adds or updates the cluster's context in a kubeconfig file.");
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        plan.api("eks", "DescribeCluster");
        String path = in.has("--kubeconfig") && in.first("--kubeconfig") != null ? in.first("--kubeconfig")
                : DEFAULT_PATH;
        plan.read(path);
        if (in.has("--dry-run")) {
            // prints the whole kubeconfig, which may hold other clusters' credentials
            plan.local("eks", "update-kubeconfig", List.of("local:ReadKubeconfig"), AccessLevel.READ, true,
                    "prints the kubeconfig with the cluster added");
        } else {
            plan.local("eks", "update-kubeconfig", List.of("local:WriteKubeconfig"), AccessLevel.WRITE, false,
                    "writes a kubeconfig file");
            plan.write(path);
        }
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode a = ARGS.parse(h.args(), calls.files());
        if (a.hasNonNull("assume-role-arn")) {
            throw new CustomCommandException("UnsupportedOption", "aws-mcp does not run 'eks update-kubeconfig "
                    + "--assume-role-arn': it would describe the cluster with credentials other than the command's.",
                    "Give a profile that assumes the role (role_arn and source_profile in the config file) with "
                    + "--profile instead.", 252);
        }
        String name = a.get("name").asText();
        JsonNode cluster = describe(name, calls, h);
        Map<String, Object> clusterEntry = clusterEntry(cluster, CustomArguments.text(a, "proxy-url"));
        Map<String, Object> userEntry = userEntry(cluster, name, CustomArguments.text(a, "user-alias"),
                CustomArguments.text(a, "role-arn"), profile(h, calls));
        boolean dryRun = CustomArguments.flag(a, "dry-run");
        Kubeconfig config = choose(paths(CustomArguments.text(a, "kubeconfig"), calls),
                (String) clusterEntry.get("name"), dryRun, calls);
        boolean updating = config.hasCluster((String) clusterEntry.get("name"));
        Map<String, Object> context = config.insert(clusterEntry, userEntry, CustomArguments.text(a, "alias"));
        if (dryRun) {
            return CustomResult.printed(dump(config.content));
        }
        Path target = calls.files().checkWrite(PrivateFiles.expandHome(config.path));
        write(target, dump(config.content));
        StringBuilder out = new StringBuilder((updating ? "Updated context " : "Added new context ")
                + context.get("name") + (updating ? " in " : " to ") + target + "\n");
        if (CustomArguments.flag(a, "verbose")) {
            out.append("Entries:\n\n");
            for (Map<String, Object> entry : List.of(context, userEntry, clusterEntry)) {
                out.append(dump(entry)).append('\n');
            }
        }
        return CustomResult.printed(out.toString());
    }

    private static JsonNode describe(String name, CustomCalls calls, HighLevelCommand h) {
        JsonNode cluster = calls.call("eks", "DescribeCluster", JsonNodeFactory.instance.objectNode().put("name", name),
                h.options()).path("cluster");
        if (!cluster.isObject() || !cluster.has("status")) {
            throw new CustomCommandException("EKSClusterError", "Cluster not found",
                    "Check the name with 'aws eks list-clusters' and the region.");
        }
        String status = cluster.get("status").asText();
        if (!status.equals("ACTIVE") && !status.equals("UPDATING")) {
            throw new CustomCommandException("EKSClusterError", "Cluster status is " + status,
                    "Wait until it is ACTIVE: 'aws eks wait cluster-active --name " + name + "'.");
        }
        return cluster;
    }

    /** {@code get_cluster_entry}. */
    static Map<String, Object> clusterEntry(JsonNode cluster, String proxyUrl) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("certificate-authority-data", cluster.path("certificateAuthority").path("data").asText(""));
        inner.put("server", cluster.path("endpoint").asText(null));
        if (proxyUrl != null) {
            inner.put("proxy-url", proxyUrl);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("cluster", inner);
        entry.put("name", cluster.path("arn").asText(null));
        return entry;
    }

    /** {@code get_user_entry}: an exec entry running {@code aws eks get-token} for the cluster's region. */
    static Map<String, Object> userEntry(JsonNode cluster, String name, String userAlias, String roleArn,
                                         String profile) {
        String arn = cluster.path("arn").asText("");
        String[] parts = arn.split(":", -1);
        String region = parts.length > 3 ? parts[3] : "";
        boolean outpost = cluster.hasNonNull("outpostConfig");
        List<String> args = new ArrayList<>(List.of("--region", region, "eks", "get-token",
                outpost ? "--cluster-id" : "--cluster-name", outpost ? cluster.path("id").asText() : name,
                "--output", "json"));
        if (roleArn != null) {
            args.add("--role");
            args.add(roleArn);
        }
        Map<String, Object> exec = new LinkedHashMap<>();
        exec.put("apiVersion", API_VERSION);
        exec.put("args", args);
        exec.put("command", "aws");
        if (profile != null) {
            Map<String, Object> env = new LinkedHashMap<>();
            env.put("name", "AWS_PROFILE");
            env.put("value", profile);
            exec.put("env", List.of(env));
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", userAlias != null ? userAlias : arn);
        entry.put("user", Map.of("exec", exec));
        return entry;
    }

    /** botocore's {@code session.profile}: {@code --profile}, else {@code AWS_PROFILE}/{@code AWS_DEFAULT_PROFILE}. */
    private static String profile(HighLevelCommand h, CustomCalls calls) {
        if (h.options().profile() != null) {
            return h.options().profile();
        }
        return calls.environmentVariable("AWS_PROFILE")
                .or(() -> calls.environmentVariable("AWS_DEFAULT_PROFILE")).orElse(null);
    }

    /** {@code KubeconfigSelector}: {@code --kubeconfig}, else the {@code KUBECONFIG} list, else the default. */
    private static List<String> paths(String given, CustomCalls calls) {
        if (given != null) {
            return List.of(given);
        }
        List<String> out = new ArrayList<>();
        for (String p : calls.environmentVariable("KUBECONFIG").orElse("").split(java.io.File.pathSeparator)) {
            if (!p.strip().isEmpty()) {
                out.add(p);
            }
        }
        return out.isEmpty() ? List.of(DEFAULT_PATH) : out;
    }

    private static Kubeconfig choose(List<String> paths, String clusterName, boolean readOnly, CustomCalls calls) {
        for (String p : paths) {
            try {
                Kubeconfig k = load(p, readOnly, calls);
                if (k.hasCluster(clusterName)) {
                    return k;
                }
            } catch (CustomCommandException skipped) {
                // the CLI logs a warning and tries the next file; the first one decides below
            }
        }
        return load(paths.get(0), readOnly, calls);
    }

    @SuppressWarnings("unchecked")
    private static Kubeconfig load(String path, boolean readOnly, CustomCalls calls) {
        Object content;
        try {
            Path file;
            try {
                String expanded = PrivateFiles.expandHome(path);
                file = readOnly ? calls.files().checkRead(expanded) : calls.files().checkWrite(expanded);
            } catch (CommandException e) {
                if (!e.code().equals("FileNotFound")) {
                    throw e;
                }
                throw new NoSuchFileException(path);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            content = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (NoSuchFileException e) {
            content = null;
        } catch (IOException e) {
            throw new CustomCommandException("KubeconfigInaccessable", "Can't open kubeconfig for reading: "
                    + e.getMessage(), "Check the file's permissions, or pass another file with --kubeconfig.");
        } catch (YAMLException e) {
            throw new CustomCommandException("KubeconfigCorrupted", "YamlError while loading kubeconfig: "
                    + e.getMessage(), "Repair " + path + " or pass another file with --kubeconfig.");
        }
        if (content != null && !(content instanceof Map)) {
            throw corrupted("Content not a <class 'dict'>.", path);
        }
        Map<String, Object> map = content == null ? fresh() : (Map<String, Object>) content;
        validate(map, path);
        return new Kubeconfig(path, map);
    }

    /** {@code _get_new_kubeconfig_content}. */
    private static Map<String, Object> fresh() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("apiVersion", "v1");
        m.put("clusters", new ArrayList<>());
        m.put("contexts", new ArrayList<>());
        m.put("current-context", "");
        m.put("kind", "Config");
        m.put("preferences", new LinkedHashMap<>());
        m.put("users", new ArrayList<>());
        return m;
    }

    /** {@code KubeconfigValidator}: known keys have the type a new kubeconfig gives them; list entries are maps. */
    private static void validate(Map<String, Object> content, String path) {
        for (Map.Entry<String, Object> e : fresh().entrySet()) {
            Object v = content.get(e.getKey());
            if (v == null) {
                continue;
            }
            boolean ok = e.getValue() instanceof List ? v instanceof List : e.getValue() instanceof Map
                    ? v instanceof Map : v instanceof String;
            if (!ok) {
                throw corrupted(e.getKey() + " is wrong type: " + pythonType(v) + " (Should be "
                        + pythonType(e.getValue()) + ")", path);
            }
            if (v instanceof List) {
                for (Object item : (List<?>) v) {
                    if (!(item instanceof Map)) {
                        throw corrupted("Entry in " + e.getKey() + " not a <class 'dict'>. ", path);
                    }
                }
            }
        }
    }

    private static String pythonType(Object v) {
        return v instanceof List ? "<class 'list'>" : v instanceof Map ? "<class 'dict'>" : v instanceof String
                ? "<class 'str'>" : v instanceof Boolean ? "<class 'bool'>" : v instanceof Number ? "<class 'int'>"
                : "<class 'object'>";
    }

    private static CustomCommandException corrupted(String message, String path) {
        return new CustomCommandException("KubeconfigCorrupted", message, "Repair " + path
                + " or pass another file with --kubeconfig.");
    }

    /** PyYAML's {@code safe_dump(default_flow_style=False)}. */
    static String dump(Object content) {
        return PyYaml.dump(content);
    }

    private static void write(Path target, String text) {
        try {
            PrivateFiles.write(target, text);
        } catch (IOException e) {
            throw new CustomCommandException("KubeconfigInaccessable", "Can't open kubeconfig for writing: "
                    + e.getMessage(), "Check the directory's permissions, or pass another file with --kubeconfig.");
        }
    }

    /** One kubeconfig file's content ({@code Kubeconfig}, {@code KubeconfigAppender}). */
    private record Kubeconfig(String path, Map<String, Object> content) {
        boolean hasCluster(String name) {
            Object clusters = content.get("clusters");
            if (!(clusters instanceof List)) {
                return false;
            }
            for (Object c : (List<?>) clusters) {
                if (c instanceof Map && name != null && name.equals(((Map<?, ?>) c).get("name"))) {
                    return true;
                }
            }
            return false;
        }

        /** {@code insert_cluster_user_pair}: cluster, user, then a context, which becomes the current one. */
        Map<String, Object> insert(Map<String, Object> cluster, Map<String, Object> user, String alias) {
            Map<String, Object> ctx = new LinkedHashMap<>();
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("cluster", cluster.get("name"));
            inner.put("user", user.get("name"));
            ctx.put("context", inner);
            ctx.put("name", alias != null ? alias : user.get("name"));
            insertEntry("clusters", cluster);
            insertEntry("users", user);
            insertEntry("contexts", ctx);
            content.put("current-context", ctx.get("name"));
            return ctx;
        }

        @SuppressWarnings("unchecked")
        private void insertEntry(String key, Map<String, Object> entry) {
            Object existing = content.get(key);
            List<Object> entries = existing instanceof List && !((List<?>) existing).isEmpty()
                    ? (List<Object>) existing : new ArrayList<>();
            content.put(key, entries);
            for (int i = 0; i < entries.size(); i++) {
                Object e = entries.get(i);
                if (e instanceof Map && entry.get("name") != null && entry.get("name").equals(((Map<?, ?>) e).get("name"))) {
                    entries.set(i, entry);
                    return;
                }
            }
            entries.add(entry);
        }
    }
}
