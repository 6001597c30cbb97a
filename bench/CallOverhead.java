import com.sun.net.httpserver.HttpServer;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;

/**
 * Per-call overhead of the in-process pipeline (parse/bind + serialize + endpoint + sign + send + parse + output)
 * against a local stub, compared with the same HTTP client sending a prebuilt request to the same stub (the stub's
 * own time plus the transport); then {@code aws-mcp run} end to end in fresh JVMs.
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package
 * java -cp "target/aws-mcp.jar:target/lib/*" bench/CallOverhead.java [iterations] [runs]
 * </pre>
 */
public class CallOverhead {
    static final byte[] BODY = "{\"TableNames\":[\"orders\",\"users\",\"sessions\",\"events\"]}"
            .getBytes(StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // The JDK server otherwise waits for delayed ACKs (Nagle), adding ~40 ms to every response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.setExecutor(Executors.newFixedThreadPool(2));
        stub.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            ex.getResponseHeaders().add("x-amzn-RequestId", "bench");
            ex.sendResponseHeaders(200, BODY.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(BODY);
            }
        });
        stub.start();
        String url = "http://127.0.0.1:" + stub.getAddress().getPort();
        String command = "aws dynamodb list-tables --endpoint-url " + url + " --region us-east-1";

        long[] baseline = new long[iterations];
        long[] full = new long[iterations];
        try (SdkHttpClient http = Apache5HttpClient.builder().build();
             AwsMcp aws = AwsMcp.builder()
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBENCH", "secret")))
                     .region("us-east-1").build()) {
            CommandResult first = aws.execute(command);
            if (!first.ok()) {
                throw new IllegalStateException("bench command failed: " + first.error());
            }
            Call raw = rawCall(http, url);
            Call pipeline = () -> aws.execute(command);
            for (int i = 0; i < Math.max(3_000, iterations); i++) {
                raw.run();
                pipeline.run();
            }
            // Interleaved, so that both series see the same machine load.
            for (int i = 0; i < iterations; i++) {
                long s = System.nanoTime();
                raw.run();
                long m = System.nanoTime();
                pipeline.run();
                long e = System.nanoTime();
                baseline[i] = m - s;
                full[i] = e - m;
            }
        }
        stub.stop(0);
        long[] diff = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            diff[i] = full[i] - baseline[i];
        }
        Arrays.sort(baseline);
        Arrays.sort(full);
        Arrays.sort(diff);
        report("stub round trip (prebuilt request, same HTTP client)", baseline);
        report("aws.execute(\"aws dynamodb list-tables ...\")", full);
        report("paired difference (in-process overhead)", diff);
        System.out.printf("overhead p50 %.3f ms (difference of medians %.3f ms); goal <= 0.5 ms p50%n",
                ms(pct(diff, 50)), ms(pct(full, 50) - pct(baseline, 50)));
        runEndToEnd(runs);
        System.exit(0);
    }

    interface Call {
        void run() throws Exception;
    }

    static Call rawCall(SdkHttpClient http, String url) {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest req = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(URI.create(url + "/"))
                .putHeader("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("Content-Length", "2")
                .contentStreamProvider(ContentStreamProvider.fromByteArray(body)).build();
        return () -> {
            HttpExecuteResponse r = http.prepareRequest(HttpExecuteRequest.builder().request(req)
                    .contentStreamProvider(req.contentStreamProvider().get()).build()).call();
            r.responseBody().get().readAllBytes();
            r.responseBody().get().close();
        };
    }

    static void runEndToEnd(int runs) throws Exception {
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, BODY.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(BODY);
            }
        });
        stub.start();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        String command = "aws dynamodb list-tables --endpoint-url http://127.0.0.1:" + stub.getAddress().getPort()
                + " --region us-east-1";
        List<String> plain = List.of(java, "-cp", cp, "dev.awsmcp.cli.Main", "run", command);
        report("java -cp ... dev.awsmcp.cli.Main run", timeRuns(plain, runs));
        Path launcher = Path.of("bin", "aws-mcp");
        if (Files.isExecutable(launcher)) {
            timeRuns(List.of(launcher.toString(), "run", command), 1);  // builds the class-data archive if missing
            report("bin/aws-mcp run (launcher JVM options, AppCDS)", timeRuns(List.of(launcher.toString(), "run", command), runs));
        }
        stub.stop(0);
        System.out.printf("machine: %d CPUs, load average %s%n", Runtime.getRuntime().availableProcessors(), loadAverage());
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static List<Long> timeRuns(List<String> cmd, int runs) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("AWS_ACCESS_KEY_ID", "AKIDBENCH");
            pb.environment().put("AWS_SECRET_ACCESS_KEY", "secret");
            pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
            pb.redirectErrorStream(true);
            long s = System.nanoTime();
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            times.add(System.nanoTime() - s);
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " exited " + code + ": " + out);
            }
        }
        times.sort(null);
        return times;
    }

    static void report(String what, List<Long> times) {
        System.out.printf("%-50s median %.0f ms, min %.0f ms, max %.0f ms (%d fresh JVMs)%n", what,
                ms(times.get(times.size() / 2)), ms(times.get(0)), ms(times.get(times.size() - 1)), times.size());
    }

    static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    static void report(String what, long[] t) {
        System.out.printf("%-60s p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  (n=%d)%n", what, ms(pct(t, 50)), ms(pct(t, 90)),
                ms(pct(t, 99)), t.length);
    }
}
