import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.command.PaginationInput;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.command.WaiterCall;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ServiceCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parser fidelity against the AWS CLI: runs every corpus command through CommandParser in-process and compares the
 * bound operation and the first request's parameters with what AWS CLI v1 sent (cli_api_calls[0]).
 *
 * Usage: java -cp "target/aws-mcp.jar:target/lib/*" bench/ParseFidelity.java ../shared/corpus/dev-examples.jsonl [--examples N] [--class NAME]
 */
public class ParseFidelity {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown by the bench's file reader: the corpus shows file:// paths whose contents we do not have. */
    static final class MissingFile extends IOException {
        MissingFile(String p) { super("file not available to the bench: " + p); }
    }

    static final class Tally {
        int total, opOk, paramsOk;
        final Map<String, List<String>> failures = new TreeMap<>();

        void fail(String cls, String example) {
            failures.computeIfAbsent(cls, k -> new ArrayList<>()).add(example);
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dev-examples.jsonl");
        int examples = 3;
        String only = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--examples")) examples = Integer.parseInt(args[++i]);
            else if (args[i].equals("--class")) only = args[++i];
        }
        FileReader noFiles = path -> { throw new MissingFile(path); };
        CommandParser parser = new CommandParser(ServiceCatalog.bundled(), noFiles);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String k : List.of("model/accepted", "model/accepted/no-file", "model/accepted/file", "model/rejected",
                "model/not_evaluated", "custom/all")) {
            tallies.put(k, new Tally());
        }
        long start = System.nanoTime();
        int lines = 0;
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            lines++;
            JsonNode d = JSON.readTree(line);
            String cmd = d.path("command").asText();
            boolean custom = d.path("customization").asBoolean();
            String status = d.path("cli_status").asText();
            boolean hasFile = cmd.contains("file://") || cmd.contains("fileb://");
            ParsedCommand parsed = null;
            AwsMcpException error = null;
            try {
                parsed = parser.parse(cmd);
            } catch (AwsMcpException e) {
                error = e;
            } catch (RuntimeException e) {
                error = new CommandException("InternalError", e.toString(), null);
            }
            if (custom) {
                Tally t = tallies.get("custom/all");
                t.total++;
                if (parsed instanceof BoundCall && "accepted".equals(status)) {
                    t.opOk++;
                    compare(t, d, (BoundCall) parsed, cmd);
                } else if (parsed instanceof HighLevelCommand || parsed instanceof WaiterCall) {
                    t.opOk++;
                    if (parsed instanceof WaiterCall && "accepted".equals(status)) {
                        compare(t, d, ((WaiterCall) parsed).call(), cmd);
                    } else {
                        t.paramsOk++;
                    }
                } else {
                    t.fail(error != null ? "error:" + error.code() : "not-recognised:" + (parsed == null ? "" : parsed.kind()),
                            cmd + (error != null ? "\n        -> " + error.getMessage() : ""));
                }
                continue;
            }
            String key = status.equals("accepted") ? "model/accepted" : status.equals("rejected") ? "model/rejected" : "model/not_evaluated";
            List<Tally> ts = new ArrayList<>();
            ts.add(tallies.get(key));
            if (key.equals("model/accepted")) ts.add(tallies.get(hasFile ? "model/accepted/file" : "model/accepted/no-file"));
            for (Tally t : ts) {
                t.total++;
                if (status.equals("rejected")) {
                    // what the CLI rejected: we count agreement (also rejecting) as "op ok"
                    String reason = d.path("cli_reason").asText("");
                    if (error != null) {
                        t.opOk++;
                        t.paramsOk++;
                        t.fail("agree-reject:" + reason + "/" + error.code(), cmd + "\n        -> " + error.getMessage());
                    } else {
                        t.fail("accepted-but-cli-rejected:" + reason, cmd);
                    }
                    continue;
                }
                if (status.equals("not_evaluated")) {
                    t.fail((error == null ? "accepted:" : "rejected:" + error.code() + ":") + d.path("cli_reason").asText(""), cmd
                            + (error != null ? "\n        -> " + error.getMessage() : ""));
                    if (error == null) t.opOk++;
                    continue;
                }
                if (error != null) {
                    boolean missingFile = error.getMessage().contains("file not available to the bench");
                    if (missingFile && resolvesTo(cmd, d.path("model_service").asText(), d.path("model_operation").asText())) {
                        t.opOk++; // the operation was bound; only the file's contents are unknown
                    }
                    t.fail(missingFile ? "paramfile-unavailable" : "error:" + error.code(),
                            cmd + "\n        -> " + error.getMessage() + (error.hint() == null ? "" : "\n        hint: " + error.hint()));
                    continue;
                }
                BoundCall call = parsed instanceof BoundCall ? (BoundCall) parsed : null;
                if (call == null) {
                    t.fail("wrong-kind:" + parsed.kind(), cmd);
                    continue;
                }
                String expService = d.path("model_service").asText();
                String expOp = d.path("cli_api_calls").path(0).path("operation").asText(d.path("model_operation").asText());
                if (!call.service().name().equals(expService) || !call.operation().name().equals(expOp)) {
                    t.fail("wrong-operation", cmd + "\n        -> " + call.service().name() + "." + call.operation().name());
                    continue;
                }
                t.opOk++;
                compare(t, d, call, cmd);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("corpus: %s (%d commands), parsed in %d ms (%.2f ms/command)%n%n", corpus, lines, ms, ms / (double) lines);
        System.out.printf("%-26s %6s %14s %16s%n", "subset", "n", "right op", "same params");
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            if (t.total == 0) continue;
            System.out.printf("%-26s %6d %7d %5.1f%% %8d %5.1f%%%n", e.getKey(), t.total, t.opOk, 100.0 * t.opOk / t.total,
                    t.paramsOk, 100.0 * t.paramsOk / t.total);
        }
        System.out.println("\n(model/rejected: 'right op' = we also reject; model/not_evaluated: 'right op' = we accept)");
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            if (e.getKey().equals("model/accepted")) continue;
            Tally t = e.getValue();
            if (t.failures.isEmpty()) continue;
            System.out.println("\n== " + e.getKey() + " failure classes");
            List<Map.Entry<String, List<String>>> sorted = new ArrayList<>(t.failures.entrySet());
            sorted.sort((a, b) -> b.getValue().size() - a.getValue().size());
            for (Map.Entry<String, List<String>> f : sorted) {
                if (only != null && !f.getKey().contains(only)) continue;
                System.out.printf("  %4d  %s%n", f.getValue().size(), f.getKey());
                for (String ex : f.getValue().subList(0, Math.min(examples, f.getValue().size()))) {
                    System.out.println("        " + ex);
                }
            }
        }
    }

    /** Service and operation resolution alone, for commands whose file contents the bench cannot know. */
    static boolean resolvesTo(String cmd, String service, String operation) {
        try {
            List<String> words = dev.awsmcp.command.CommandTokenizer.tokenize(cmd);
            List<String> rest = dev.awsmcp.command.internal.GlobalOptionsParser.parse(words.subList(1, words.size())).rest();
            var model = ServiceCatalog.bundled().model(rest.get(0)).orElse(null);
            return model != null && model.name().equals(service)
                    && model.operationByCliName(rest.get(1)).map(o -> o.name().equals(operation)).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String callChecksumMode;
    static String callService = "";
    static String callOperation = "";

    static void compare(Tally t, JsonNode d, BoundCall call, String cmd) {
        callService = call.service().name();
        callOperation = call.operation().name();
        callChecksumMode = call.operation().httpChecksum() == null ? null
                : call.operation().httpChecksum().requestValidationModeMember();
        JsonNode expected = d.path("cli_api_calls").path(0).path("params");
        ObjectNode actual = PaginationInput.firstRequest(call);
        List<String> diffs = new ArrayList<>();
        diffStruct(expected, actual, call.operation().input(), "", diffs, true);
        if (diffs.isEmpty()) {
            t.paramsOk++;
        } else {
            t.fail("param-mismatch", cmd + "\n        -> " + String.join("; ", diffs.subList(0, Math.min(3, diffs.size()))));
        }
    }

    static void diffStruct(JsonNode exp, JsonNode act, Shape shape, String path, List<String> diffs, boolean top) {
        if (!exp.isObject() || !act.isObject()) {
            diffs.add(path + ": expected " + exp + " got " + act);
            return;
        }
        for (Iterator<String> it = exp.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            Member m = shape == null ? null : shape.member(k);
            if (m != null && m.idempotencyToken() && !act.has(k)) continue;
            // botocore's client sets the response checksum validation member by default (client stage, not CLI)
            if (top && !act.has(k) && callChecksumMode != null && k.equals(callChecksumMode)) continue;
            // botocore's s3 handler asks ListObjects* for url-encoded keys (and decodes them): a client default too
            if (top && !act.has(k) && k.equals("EncodingType") && callService.equals("s3")
                    && callOperation.startsWith("List") && "url".equals(exp.get(k).asText())) continue;
            if (!act.has(k)) {
                diffs.add(path + k + ": missing (expected " + abbreviate(exp.get(k)) + ")");
                continue;
            }
            diffValue(exp.get(k), act.get(k), m == null ? null : m.shape(), path + k, diffs);
        }
        for (Iterator<String> it = act.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!exp.has(k)) diffs.add(path + k + ": unexpected " + abbreviate(act.get(k)));
        }
    }

    static void diffValue(JsonNode exp, JsonNode act, Shape shape, String path, List<String> diffs) {
        if (shape != null) {
            switch (shape.type()) {
                case STRUCTURE: case UNION:
                    diffStruct(exp, act, shape, path + ".", diffs, false);
                    return;
                case LIST:
                    if (exp.isArray() && act.isArray() && exp.size() == act.size()) {
                        for (int i = 0; i < exp.size(); i++)
                            diffValue(exp.get(i), act.get(i), shape.listMember().shape(), path + "[" + i + "]", diffs);
                        return;
                    }
                    break;
                case MAP:
                    if (exp.isObject() && act.isObject() && exp.size() == act.size()) {
                        for (Iterator<String> it = exp.fieldNames(); it.hasNext(); ) {
                            String k = it.next();
                            if (!act.has(k)) { diffs.add(path + "." + k + ": missing"); continue; }
                            diffValue(exp.get(k), act.get(k), shape.mapValue().shape(), path + "." + k, diffs);
                        }
                        return;
                    }
                    break;
                case TIMESTAMP: {
                    Instant e = dev.awsmcp.command.internal.TimestampArguments.parse(exp);
                    Instant a = dev.awsmcp.command.internal.TimestampArguments.parse(act);
                    if (e != null && e.equals(a)) return;
                    break;
                }
                case BLOB: {
                    byte[] e = bytes(exp), a = bytes(act);
                    if (e != null && a != null && java.util.Arrays.equals(e, a)) return;
                    break;
                }
                default:
                    break;
            }
        }
        if (exp.isNumber() && act.isNumber() && exp.decimalValue().compareTo(act.decimalValue()) == 0) return;
        if (!exp.equals(act)) diffs.add(path + ": expected " + abbreviate(exp) + " got " + abbreviate(act));
    }

    static byte[] bytes(JsonNode n) {
        try {
            if (n.isBinary()) return n.binaryValue();
            if (n.isObject() && n.has("__bytes_b64__")) return Base64.getDecoder().decode(n.get("__bytes_b64__").asText());
            if (n.isTextual()) return n.asText().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    static String abbreviate(JsonNode n) {
        String s = n.isBinary() ? "<bytes>" : n.toString();
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
