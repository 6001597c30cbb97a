package dev.awsmcp.policy;

import dev.awsmcp.model.AccessLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reviewed override table {@code iam-overrides.txt} (see the file's header for the line forms): service
 * prefixes, API Gateway's HTTP-verb actions, operation → action exceptions, and sensitive actions.
 */
final class IamOverrides {
    static final String RESOURCE = "iam-overrides.txt";

    /**
     * An operation → actions entry.
     *
     * @param actions {@code prefix:Action} names
     * @param level   the reviewed level when the data lacks the actions, else null (the data decides)
     */
    record OperationEntry(List<String> actions, AccessLevel level) {
        OperationEntry {
            actions = List.copyOf(actions);
        }
    }

    private final Map<String, String> prefixes;
    private final Set<String> methodServices;
    private final Map<String, OperationEntry> operations;
    private final List<SensitiveRule> sensitive;

    private IamOverrides(Map<String, String> prefixes, Set<String> methodServices,
                         Map<String, OperationEntry> operations, List<SensitiveRule> sensitive) {
        this.prefixes = Map.copyOf(prefixes);
        this.methodServices = Set.copyOf(methodServices);
        this.operations = Map.copyOf(operations);
        this.sensitive = List.copyOf(sensitive);
    }

    static IamOverrides bundled() {
        try (InputStream in = IamOverrides.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IamOverrides parse(String text) {
        Map<String, String> prefixes = new HashMap<>();
        Set<String> methods = new HashSet<>();
        Map<String, OperationEntry> ops = new HashMap<>();
        List<SensitiveRule> sensitive = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (body.isEmpty()) {
                    continue;
                }
                String[] f = body.split("\\s+");
                switch (f[0]) {
                    case "prefix":
                        expect(f, 3, 3, n, line);
                        prefixes.put(f[1], f[2]);
                        break;
                    case "method":
                        expect(f, 2, 2, n, line);
                        methods.add(f[1]);
                        break;
                    case "op":
                        expect(f, 4, 5, n, line);
                        List<String> actions = Arrays.asList(f[3].split(","));
                        for (String a : actions) {
                            if (a.indexOf(':') <= 0 || a.endsWith(":")) {
                                throw bad(n, line, "action '" + a + "' is not prefix:Action");
                            }
                        }
                        AccessLevel level = f.length == 5 ? AccessLevel.parse(f[4]) : null;
                        if (ops.put(key(f[1], f[2]), new OperationEntry(actions, level)) != null) {
                            throw bad(n, line, "duplicate entry for " + f[1] + " " + f[2]);
                        }
                        break;
                    case "sensitive":
                        sensitive.add(sensitiveRule(f, n, line));
                        break;
                    default:
                        throw bad(n, line, "unknown line kind '" + f[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IamOverrides(prefixes, methods, ops, sensitive);
    }

    private static SensitiveRule sensitiveRule(String[] f, int n, String line) {
        if (f.length == 2) {
            return new SensitiveRule(Glob.of(f[1]), null, null, false);
        }
        expect(f, 4, 4, n, line);
        if (!f[2].equals("if") && !f[2].equals("unless")) {
            throw bad(n, line, "expected 'if' or 'unless'");
        }
        int eq = f[3].indexOf('=');
        if (eq <= 0) {
            throw bad(n, line, "condition must be Member=value");
        }
        return new SensitiveRule(Glob.of(f[1]), f[3].substring(0, eq), f[3].substring(eq + 1), f[2].equals("unless"));
    }

    private static void expect(String[] f, int min, int max, int n, String line) {
        if (f.length < min || f.length > max) {
            throw bad(n, line, "expected " + (min == max ? min : min + "-" + max) + " fields");
        }
    }

    private static IllegalStateException bad(int n, String line, String why) {
        return new IllegalStateException(RESOURCE + " line " + n + ": " + why + ": " + line.strip());
    }

    static String key(String service, String operation) {
        return service + " " + operation;
    }

    /** The reviewed IAM prefix of a service (botocore name), or null. */
    String prefix(String service) {
        return prefixes.get(service);
    }

    /** Whether the service's actions not in the data are {@code prefix:HTTPMETHOD}. */
    boolean usesHttpMethodActions(String service) {
        return methodServices.contains(service);
    }

    /** The reviewed entry for an operation, or null. */
    OperationEntry operation(String service, String operation) {
        return operations.get(key(service, operation));
    }

    Map<String, OperationEntry> operations() {
        return operations;
    }

    List<SensitiveRule> sensitive() {
        return sensitive;
    }
}
