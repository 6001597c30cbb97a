import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.fuzz.FuzzSeeds;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.policy.CommandPlan;
import dev.awsmcp.policy.DecisionContext;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The long fuzz run of issue 17: N mutated commands (seeded from the bundled models by FuzzSeeds, never from
 * ../shared) through the parser, planner and read-only classifier in-process, each timed; anything but the
 * library's own error is a crash, anything over 1 s a hang. Writes the commands to a file (one per line) for the
 * second half of bench/fuzz.sh, which pipes them through `bin/aws-mcp parse --jsonl` and `classify --jsonl`.
 *
 *   java -cp "target/aws-mcp.jar:target/lib/*:target/test-classes" bench/FuzzCommands.java 1000000 [seed] [out-file]
 */
public class FuzzCommands {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path out = Path.of(args.length > 2 ? args[2] : "target/fuzz-commands.txt");
        ServiceCatalog catalog = ServiceCatalog.bundled();
        PolicyEngine readOnly = PolicyEngine.of(PolicySettings.defaults().withReadOnly(true));
        CommandParser parser = new CommandParser(catalog, readOnly.fileGuard(), CustomizationRegistry.bundled().commandNames());
        List<String> seeds = FuzzSeeds.commands(catalog, 60);
        Random r = new Random(seed);
        Map<String, Integer> errors = new TreeMap<>();
        int crashes = 0;
        int hangs = 0;
        int parsed = 0;
        long worst = 0;
        long t0 = System.nanoTime();
        Files.createDirectories(out.toAbsolutePath().getParent());
        // an OutputStreamWriter replaces lone surrogates (a mutation can split a pair) instead of failing
        try (BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8))) {
            for (int i = 0; i < n; i++) {
                String command = FuzzSeeds.mutate(seeds.get(r.nextInt(seeds.size())), r);
                w.write(command.replace('\n', ' ').replace('\r', ' '));
                w.newLine();
                long s = System.nanoTime();
                try {
                    ParsedCommand p = parser.parse(command);
                    CommandPlan plan = readOnly.plan(p);
                    readOnly.decide(plan, DecisionContext.of(plan.options(), Map.of()));
                    parsed++;
                } catch (AwsMcpException e) {
                    errors.merge(e.code(), 1, Integer::sum);
                } catch (RuntimeException | StackOverflowError e) {
                    crashes++;
                    if (crashes <= 10) {
                        System.err.println("CRASH " + e + " on: " + command);
                    }
                }
                long took = System.nanoTime() - s;
                worst = Math.max(worst, took);
                if (took > 1_000_000_000L) {
                    hangs++;
                    System.err.println("HANG " + took / 1_000_000 + " ms on: " + command);
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("inputs %d, seed %d, parsed and classified %d, precise errors %d, crashes %d, hangs>1s %d, "
                + "slowest %.1f ms, %.1f s (%.0f/s)%n", n, seed, parsed, n - parsed - crashes, crashes, hangs,
                worst / 1e6, secs, n / secs);
        System.out.println("error codes: " + errors);
        System.exit(crashes == 0 && hangs == 0 ? 0 : 1);
    }
}
