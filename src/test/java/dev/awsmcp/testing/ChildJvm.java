package dev.awsmcp.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One server process: a child JVM started from a {@link LaunchSpec} behind {@link ParentWatch}, with its output in a
 * log file. Ready once it answers HTTP on its port; stopped with SIGTERM, then killed if it lingers.
 */
public final class ChildJvm {
    private static final String WATCH_CLASS = ParentWatch.class.getName();
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 30;

    private final LaunchSpec spec;
    private final Process process;
    private final Path log;

    private ChildJvm(LaunchSpec spec, Process process, Path log) {
        this.spec = spec;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the child; does not wait for it to be ready.
     *
     * @param spec    what to run
     * @param workDir the child's working directory; its {@code logs/} gets the output
     * @return the running child
     */
    public static ChildJvm start(LaunchSpec spec, Path workDir) {
        try {
            Path logs = Files.createDirectories(workDir.resolve("logs"));
            Path log = logs.resolve(spec.name() + ".log");
            List<String> command = new ArrayList<>();
            command.add(javaExecutable().toString());
            command.addAll(spec.jvmOptions());
            command.add("-cp");
            List<Path> classpath = new ArrayList<>();
            classpath.add(watchDirectory(workDir));
            classpath.addAll(spec.classpath());
            command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            command.add(WATCH_CLASS);
            command.add(spec.mainClass());
            command.addAll(spec.arguments());
            // standard input stays a pipe we never write to: ParentWatch exits the child when it closes
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new ChildJvm(spec, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name(), e);
        }
    }

    /**
     * Waits until the child answers any HTTP request on {@code http://127.0.0.1:port/}.
     *
     * @param port    the port the child listens on
     * @param timeout how long to wait at most
     * @throws IllegalStateException when the child exits first or the time runs out; the message quotes the log
     */
    public void awaitHttp(int port, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(PROBE_TIMEOUT).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited with code " + process.exitValue()
                        + " before it answered on port " + port + "; its log " + log + " ends with:\n" + logTail());
            }
            try {
                client.send(probe, HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("interrupted while waiting for " + spec.name(), e);
            }
            if (Instant.now().isAfter(deadline)) {
                stop();
                throw new IllegalStateException(spec.name() + " did not answer on port " + port + " within "
                        + timeout.toSeconds() + " s; its log " + log + " ends with:\n" + logTail());
            }
            sleep(100);
        }
    }

    /** True while the process runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /** CPU time the child has used so far, or -1 when the platform does not say. */
    public double cpuSeconds() {
        return process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(-1.0);
    }

    /** Where the child's standard output and error go. */
    public Path log() {
        return log;
    }

    /** The last lines of the log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Closes the child's standard input, as the parent's death would; {@link ParentWatch} then exits the child. */
    void closeInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for the child to exit.
     *
     * @param timeout how long at most
     * @return true when it exited
     * @throws InterruptedException when interrupted
     */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the child: SIGTERM (its shutdown hooks run), then a kill if it has not exited in time. Idempotent. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path javaExecutable() {
        String exe = System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java";
        return Path.of(System.getProperty("java.home"), "bin", exe);
    }

    /** A directory holding only {@link ParentWatch}, so the child sees none of our other test classes. */
    private static synchronized Path watchDirectory(Path workDir) throws IOException {
        String resource = WATCH_CLASS.replace('.', '/') + ".class";
        Path dir = workDir.resolve("watch");
        Path target = dir.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = ChildJvm.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("cannot find " + resource + " on the test classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
