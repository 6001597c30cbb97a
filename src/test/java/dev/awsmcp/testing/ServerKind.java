package dev.awsmcp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The AWS-compatible servers the end-to-end tests can start, and how each is launched on a given loopback port.
 * Versions live in {@code src/test/servers/<module>/pom.xml}.
 */
public enum ServerKind {
    /** ElasticMQ: SQS over the query and JSON protocols. */
    ELASTICMQ("elasticmq", "org.elasticmq.server.Main") {
        @Override
        LaunchSpec launchSpec(ServerClasspath classpath, int port, Path workDir) {
            List<String> options = commonJvmOptions();
            // Typesafe Config lets system properties override the bundled application.conf
            options.add("-Dnode-address.protocol=http");
            options.add("-Dnode-address.host=127.0.0.1");
            options.add("-Dnode-address.port=" + port);
            options.add("-Dnode-address.context-path=");
            options.add("-Drest-sqs.enabled=true");
            options.add("-Drest-sqs.bind-hostname=127.0.0.1");
            options.add("-Drest-sqs.bind-port=" + port);
            options.add("-Drest-sqs.sqs-limits=strict");
            options.add("-Drest-stats.enabled=false");
            options.add("-Daws.region=us-east-1");
            options.add("-Daws.accountId=000000000000");
            return new LaunchSpec(module(), classpath.jars(), options, mainClass(), List.of());
        }
    },
    /** DynamoDB Local: DynamoDB over JSON 1.0, in memory, with telemetry off (no traffic beyond loopback). */
    DYNAMODB_LOCAL("dynamodb-local", "com.amazonaws.services.dynamodbv2.local.main.ServerRunner") {
        @Override
        LaunchSpec launchSpec(ServerClasspath classpath, int port, Path workDir) {
            Path natives = classpath.copyNativeLibrariesTo(workDir.resolve("native-libs").resolve(module()));
            List<String> options = commonJvmOptions();
            options.add("-Dsqlite4java.library.path=" + natives);
            options.add("-Djava.library.path=" + natives);
            return new LaunchSpec(module(), classpath.jars(), options, mainClass(),
                    List.of("-inMemory", "-disableTelemetry", "-port", Integer.toString(port)));
        }
    },
    /** S3Mock: S3 over REST-XML (a Spring Boot application run from its self-contained jar). */
    S3MOCK("s3mock", "org.springframework.boot.loader.launch.JarLauncher") {
        @Override
        LaunchSpec launchSpec(ServerClasspath classpath, int port, Path workDir) {
            // S3Mock creates only the last path segment itself and then answers every call with a 500
            Path store = createDirectories(workDir.resolve("s3mock-store")
                    .resolve(Long.toString(ProcessHandle.current().pid())));
            return new LaunchSpec(module(), classpath.jars(), commonJvmOptions(), mainClass(), List.of(
                    "--http.port=" + port,
                    // the TLS connector is not used; port 0 keeps it off any fixed port
                    "--server.port=0",
                    "--server.address=127.0.0.1",
                    "--vectors.http.port=0",
                    "--vectors.https.port=0",
                    "--com.adobe.testing.s3mock.store.root=" + store,
                    "--com.adobe.testing.s3mock.store.retain-files-on-exit=false",
                    "--spring.main.banner-mode=off"));
        }
    };

    private final String module;
    private final String mainClass;

    ServerKind(String module, String mainClass) {
        this.module = module;
        this.mainClass = mainClass;
    }

    /** The module name in {@code src/test/servers}, also the log file's name. */
    public String module() {
        return module;
    }

    /** The class the child JVM runs. */
    public String mainClass() {
        return mainClass;
    }

    /**
     * Describes the child JVM for this server.
     *
     * @param classpath the resolved classpath
     * @param port      the loopback port to serve on
     * @param workDir   the harness's working directory (logs, natives, data)
     * @return the launch description
     */
    abstract LaunchSpec launchSpec(ServerClasspath classpath, int port, Path workDir);

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Small heap, quick start: these JVMs live for one test run and serve a handful of requests. */
    private static List<String> commonJvmOptions() {
        List<String> options = new ArrayList<>();
        options.add("-Xmx256m");
        options.add("-XX:+UseSerialGC");
        options.add("-XX:TieredStopAtLevel=1");
        options.add("-XX:-UsePerfData");
        options.add("-Djava.awt.headless=true");
        return options;
    }
}
