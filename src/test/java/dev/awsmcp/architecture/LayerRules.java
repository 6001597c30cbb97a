package dev.awsmcp.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dependency rules of docs/architecture.md as data: for each package of {@code dev.awsmcp} (by its first
 * segment; {@code api} is the root package), the packages it may depend on. Keep this table and the document's
 * table the same.
 */
final class LayerRules {
    private LayerRules() {}

    private static final Set<String> BASE = Set.of("error", "text", "model");

    /** Package to the packages it may use besides itself and the base packages (error, text, model). */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("error", Set.of()),
            Map.entry("text", Set.of()),
            Map.entry("model", Set.of()),
            Map.entry("regions", Set.of()),
            // the pipeline, left to right
            Map.entry("command", Set.of()),
            Map.entry("s3", Set.of("command")),
            Map.entry("custom", Set.of("command", "s3")),
            Map.entry("policy", Set.of("command", "custom")),
            Map.entry("client", Set.of("command", "regions")),
            Map.entry("output", Set.of()),
            Map.entry("audit", Set.of("command", "policy")),
            // where the stages meet, and the facade it implements
            Map.entry("engine", Set.of("api", "command", "s3", "custom", "policy", "client", "output", "audit",
                    "regions")),
            Map.entry("api", Set.of("command", "custom", "policy", "client", "output", "audit", "engine")),
            // beside the pipeline
            Map.entry("sop", Set.of()),
            Map.entry("suggest", Set.of("command", "custom", "policy")),
            Map.entry("knowledge", Set.of("api", "regions")),
            // front doors
            Map.entry("batch", Set.of("api", "regions", "output")),
            // mcp reads the region and profile chain from client.auth (nothing else of the client)
            Map.entry("mcp", Set.of("api", "batch", "command", "custom", "knowledge", "output", "regions", "sop",
                    "suggest", "client", "auditmode")),
            // audit mode: read-only checks over the facade, judged again by the read-only policy
            Map.entry("auditmode", Set.of("api", "batch", "command", "custom", "policy", "output", "regions", "client")),
            // the SigV4 proxy to remote MCP servers: the client's signer and credentials, the classifier and audit
            Map.entry("proxy", Set.of("client", "command", "custom", "policy", "audit")),
            Map.entry("cli", Set.of("api", "engine", "batch", "mcp", "auditmode", "proxy", "command", "custom", "policy", "client", "output",
                    "audit", "regions", "knowledge", "sop", "suggest")));

    /** The rules' name for a class's package: its first segment below dev.awsmcp, or {@code api} for the root. */
    static String layer(JavaClass c) {
        return layer(c.getPackageName());
    }

    private static String layer(String pkg) {
        if (pkg.equals("dev.awsmcp")) {
            return "api";
        }
        String rest = pkg.substring("dev.awsmcp.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * Every dependency of the given classes that breaks a rule, one line each, sorted.
     *
     * @param classes compiled classes of dev.awsmcp
     * @return the violations; empty when the architecture holds
     */
    static List<String> violations(JavaClasses classes) {
        Set<String> out = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().startsWith("dev.awsmcp")) {
                continue;
            }
            String from = layer(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                String pkg = target.getPackageName();
                if (!pkg.equals("dev.awsmcp") && !pkg.startsWith("dev.awsmcp.")) {
                    continue;
                }
                String to = layer(pkg);
                String where = c.getName() + " -> " + target.getName();
                if (!to.equals(from) && !BASE.contains(to) && !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
                    out.add(where + ": " + from + " may not depend on " + to);
                }
                internal(pkg).ifPresent(owner -> {
                    if (!c.getPackageName().equals(owner) && !c.getPackageName().startsWith(owner + ".")) {
                        out.add(where + ": only " + owner + " may use " + owner + ".internal");
                    }
                });
                if (from.equals("mcp") && to.equals("client") && !pkg.equals("dev.awsmcp.client.auth")) {
                    out.add(where + ": mcp may use only client.auth (the region and profile chain) of the client");
                }
                if (from.equals("proxy") && to.equals("client") && !pkg.equals("dev.awsmcp.client.auth")) {
                    out.add(where + ": proxy may use only client.auth (the signer and credentials) of the client");
                }
                if (to.equals("engine") && from.equals("api") && !c.getSimpleName().startsWith("AwsMcpBuilder")) {
                    out.add(where + ": only AwsMcpBuilder.build() may name the engine");
                }
                if (from.equals("engine") && target.getName().startsWith("dev.awsmcp.AwsMcpBuilder")) {
                    out.add(where + ": the engine must not know the builder");
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The package that owns an {@code internal} package ({@code dev.awsmcp.client.protocol} for ...internal.x). */
    private static java.util.Optional<String> internal(String pkg) {
        int i = pkg.indexOf(".internal");
        if (i < 0 || !(pkg.length() == i + 9 || pkg.charAt(i + 9) == '.')) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(pkg.substring(0, i));
    }
}
