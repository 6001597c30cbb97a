import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Start-up bench for {@code aws-mcp serve} over stdio, as a single-file program (no dependencies):
 *
 * <pre>
 * java bench/StartupBench.java [--runs N] [--calls N] [--command '&lt;call_aws command&gt;'] -- &lt;server command...&gt;
 * java bench/StartupBench.java --runs 5 -- bin/aws-mcp serve --read-only
 * java bench/StartupBench.java --runs 5 -- java -XX:SharedArchiveFile=target/aws-mcp-&lt;jdk&gt;.jsa -cp ... dev.awsmcp.cli.Main serve
 * </pre>
 *
 * Per run it measures, from process start: the {@code initialize} answer (and the server's CPU time by then), the
 * first {@code call_aws} answer, and
 * (once) the resident set size after N further calls ({@code VmRSS} from /proc, Linux only). Prints medians and
 * ranges.
 * The server's stderr goes to {@code target/startup-bench.stderr}.
 */
public final class StartupBench {
    public static void main(String[] args) throws Exception {
        int runs = 5;
        int calls = 20;
        List<String> commands = new ArrayList<>(List.of("aws sts get-caller-identity"));
        int i = 0;
        for (; i < args.length && !args[i].equals("--"); i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--command" -> {
                    if (commands.size() == 1 && commands.get(0).equals("aws sts get-caller-identity")) {
                        commands.clear();
                    }
                    commands.add(args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String> server = Arrays.asList(args).subList(Math.min(i + 1, args.length), args.length);
        if (server.isEmpty()) {
            System.err.println("usage: java bench/StartupBench.java [--runs N] [--calls N] [--command CMD]... -- <server command>");
            System.exit(2);
        }
        long[] init = new long[runs];
        long[] first = new long[runs];
        long[] cpu = new long[runs];
        long rssKb = -1;
        for (int r = 0; r < runs; r++) {
            long[] t = run(server, commands, r == runs - 1 ? calls : 0);
            init[r] = t[0];
            first[r] = t[1];
            cpu[r] = t[3];
            if (t[2] > 0) {
                rssKb = t[2];
            }
            System.out.printf("run %d: initialize %d ms (server CPU %d ms), first call_aws %d ms%n", r + 1, t[0], t[3], t[1]);
        }
        Arrays.sort(init);
        Arrays.sort(first);
        Arrays.sort(cpu);
        System.out.printf("median: initialize %d ms (server CPU %d ms), first call_aws %d ms; RSS after %d calls: %d MB%n",
                init[runs / 2], cpu[runs / 2], first[runs / 2], calls, rssKb / 1024);
        System.out.printf("range: initialize %d-%d ms (server CPU %d-%d ms), first call_aws %d-%d ms%n",
                init[0], init[runs - 1], cpu[0], cpu[runs - 1], first[0], first[runs - 1]);
    }

    /** @return {initialize ms, first call ms, RSS kB after the extra calls (or -1), server CPU ms at initialize} */
    private static long[] run(List<String> server, List<String> commands, int extraCalls) throws Exception {
        Path stderr = Path.of("target", "startup-bench.stderr");
        Files.createDirectories(stderr.getParent());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(server).redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile())).start();
        OutputStream in = p.getOutputStream();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"startup-bench\",\"version\":\"1\"}}}");
        await(out, 1);
        long init = (System.nanoTime() - start) / 1_000_000;
        long initCpu = cpuMillis(p.pid());
        send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        send(in, call(2, commands.get(0)));
        await(out, 2);
        long first = (System.nanoTime() - start) / 1_000_000;
        long rss = -1;
        if (extraCalls > 0) {
            for (int c = 0; c < extraCalls; c++) {
                send(in, call(100 + c, commands.get(c % commands.size())));
                await(out, 100 + c);
            }
            rss = rssKb(p.pid());
        }
        in.close();
        p.waitFor();
        return new long[] {init, first, rss, initCpu};
    }

    private static String call(int id, String command) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"call_aws\","
                + "\"arguments\":{\"cli_command\":\"" + command.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}}";
    }

    private static void send(OutputStream in, String line) throws Exception {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Reads lines until the response with this id (notifications in between are skipped). */
    private static void await(BufferedReader out, int id) throws Exception {
        String marker = "\"id\":" + id + ",";
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains(marker) && (line.contains("\"result\"") || line.contains("\"error\""))) {
                return;
            }
        }
        throw new IllegalStateException("server closed its output before answering request " + id
                + " (see target/startup-bench.stderr)");
    }

    /** User + system CPU time of a process so far (Linux /proc; -1 elsewhere): steadier than wall time on a busy machine. */
    private static long cpuMillis(long pid) throws Exception {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return -1;
        }
        String s = Files.readString(stat);
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        // fields 14 and 15 of stat (utime, stime), counted after the command name; clock ticks of 10 ms
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    private static long rssKb(long pid) throws Exception {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String l : Files.readAllLines(status)) {
            if (l.startsWith("VmRSS:")) {
                return Long.parseLong(l.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
