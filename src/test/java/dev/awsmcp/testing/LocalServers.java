package dev.awsmcp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One server of each kind per test JVM: started on first use (in the background, so several start in parallel),
 * shared by every test class, stopped by {@link #stopAll()} at the end of the test plan and, as a backstop, by a
 * shutdown hook. Children also exit on their own when this JVM dies ({@link ParentWatch}).
 *
 * <p>System properties: {@code servers.dir} (default {@code <basedir>/target/servers}) and
 * {@code servers.startTimeoutSeconds} (default 180; a guard against a hung start, not a timing assertion).
 */
public final class LocalServers {
    private static final int PORT_ATTEMPTS = 3;
    private static final Map<ServerKind, CompletableFuture<LocalServer>> STARTED = new EnumMap<>(ServerKind.class);
    private static final Map<ServerKind, ChildJvm> CHILDREN = new EnumMap<>(ServerKind.class);
    private static final ExecutorService STARTER = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "local-server-start");
        thread.setDaemon(true);
        return thread;
    });
    private static boolean hookInstalled;

    private LocalServers() {}

    /**
     * Starts the servers in the background if they are not running yet; returns at once.
     *
     * @param kinds the servers wanted soon
     */
    public static synchronized void startInBackground(ServerKind... kinds) {
        installShutdownHook();
        for (ServerKind kind : kinds) {
            STARTED.computeIfAbsent(kind, k -> CompletableFuture.supplyAsync(() -> start(k), STARTER));
        }
    }

    /**
     * The running server of a kind, starting it if needed and waiting until it answers.
     *
     * @param kind which server
     * @return the server
     * @throws IllegalStateException when it cannot be started (the message quotes its log); later calls fail the
     *                               same way at once instead of trying again
     */
    public static LocalServer get(ServerKind kind) {
        CompletableFuture<LocalServer> future;
        synchronized (LocalServers.class) {
            startInBackground(kind);
            future = STARTED.get(kind);
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Stops every child this JVM started, including ones still starting. */
    public static void stopAll() {
        Map<ServerKind, ChildJvm> children;
        synchronized (LocalServers.class) {
            children = new EnumMap<>(CHILDREN);
            CHILDREN.clear();
            STARTED.clear();
        }
        children.values().forEach(ChildJvm::stop);
    }

    /** The directory the servers build wrote to; logs, natives and data of the children go there too. */
    public static Path serversDir() {
        String configured = System.getProperty("servers.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("target").resolve("servers");
    }

    private static LocalServer start(ServerKind kind) {
        Path dir = serversDir();
        ServerClasspath classpath = ServerClasspath.read(dir, kind.module());
        Duration timeout = Duration.ofSeconds(Long.getLong("servers.startTimeoutSeconds", 180));
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
            int port = freePort();
            ChildJvm child = ChildJvm.start(kind.launchSpec(classpath, port, dir), dir);
            register(kind, child);
            long started = System.nanoTime();
            try {
                child.awaitHttp(port, timeout);
                // one line per server in the test output: start-up cost is the harness's main price
                System.out.printf("[local-servers] %s ready on 127.0.0.1:%d in %.1f s (child cpu %.1f s)%n",
                        kind.module(), port, (System.nanoTime() - started) / 1e9, child.cpuSeconds());
                return new LocalServer(kind, port, child);
            } catch (IllegalStateException e) {
                child.stop();
                last = e;
                // another process may have taken the port between our probe and the child's bind: try a new one
                if (!child.logTail().contains("already in use")) {
                    break;
                }
            }
        }
        throw last;
    }

    private static synchronized void register(ServerKind kind, ChildJvm child) {
        CHILDREN.put(kind, child);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static synchronized void installShutdownHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(LocalServers::stopAll, "local-servers-stop"));
            hookInstalled = true;
        }
    }
}
