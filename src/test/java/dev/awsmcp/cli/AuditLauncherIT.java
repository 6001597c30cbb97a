package dev.awsmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.testing.MotoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/aws-mcp audit} and {@code bin/aws-mcp run --accounts} as a user runs them (the launcher, a separate
 * process, AWS_ENDPOINT_URL pointing at moto; needs moto: {@code python3 -m moto.server}).
 */
class AuditLauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static MotoServer moto;

    @BeforeAll
    static void start() throws Exception {
        Path jar = ROOT.resolve("target/aws-mcp.jar");
        assertThat(jar).as("run through './mvnw verify': the integration-test phase follows package").isRegularFile();
        // the launcher rebuilds when sources are newer than the jar; never let Maven run inside Maven
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        moto = MotoServer.start();
        run(List.of("run", "aws", "s3api", "create-bucket", "--bucket", "plain-bucket"), null);
        run(List.of("run", "aws", "organizations", "create-organization", "--feature-set", "ALL"), null);
        run(List.of("run", "aws", "organizations", "create-account", "--email", "m@example.com", "--account-name",
                "member"), null);
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    record Outcome(int exit, String out, String err) {}

    static Outcome run(List<String> args, Path dir) throws IOException, InterruptedException {
        return run(args, dir, Map.of());
    }

    static Outcome run(List<String> args, Path dir, Map<String, String> extraEnv) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("bin/aws-mcp").toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir == null ? ROOT.toFile() : dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.putAll(Map.of("AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing",
                "AWS_DEFAULT_REGION", "us-east-1", "AWS_ENDPOINT_URL", moto.endpoint(),
                "AWS_CONFIG_FILE", "/nonexistent/config", "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials",
                "AWS_MCP_LOG_FILE", "none"));
        env.putAll(extraEnv);
        Path out = Files.createTempFile("aws-mcp-it", ".out");
        Path err = Files.createTempFile("aws-mcp-it", ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished within 3 minutes").isTrue();
        return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void runWritesAnAuditLinePerCommand(@TempDir Path dir) throws Exception {
        Path trail = dir.resolve("run-audit.jsonl");
        Outcome ok = run(List.of("run", "aws", "s3api", "list-buckets"), dir, Map.of("AWS_MCP_AUDIT_FILE", trail.toString()));
        assertThat(ok.exit()).as(ok.err()).isZero();
        Outcome bad = run(List.of("run", "aws", "s3api", "get-bucket-policy", "--bucket", "no-such-bucket-here"), dir,
                Map.of("AWS_MCP_AUDIT_FILE", trail.toString()));
        assertThat(bad.exit()).isNotZero();
        List<String> lines = Files.readAllLines(trail);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.path("operation").asText()).isEqualTo("ListBuckets");
        assertThat(first.path("httpStatus").asInt()).isEqualTo(200);
        assertThat(JSON.readTree(lines.get(1)).path("errorCode").asText()).isEqualTo("NoSuchBucket");
    }

    @Test
    void theAuditCommandWritesEveryReportAndExitsOneOnFindings(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report");
        Outcome o = run(List.of("audit", "--region", "us-east-1", "--out", report.toString(), "--format",
                "json,html,sarif,csv", "--iam-policy"), dir);
        assertThat(o.exit()).as(o.out() + o.err()).isEqualTo(1);
        assertThat(o.out()).contains("Audit: 45 checks on 1 targets").contains("Wrote " + report.resolve("report.html"));
        JsonNode json = JSON.readTree(report.resolve("report.json").toFile());
        assertThat(json.path("findings")).anySatisfy(f -> {
            assertThat(f.path("checkId").asText()).isEqualTo("s3-bucket-versioning");
            assertThat(f.path("resourceId").asText()).isEqualTo("plain-bucket");
            assertThat(f.path("status").asText()).isEqualTo("FAIL");
        });
        for (String line : Files.readAllLines(report.resolve("audit-trail.jsonl"))) {
            assertThat(JSON.readTree(line).path("accessLevel").asText()).as(line).isIn("List", "Read");
        }
        JsonNode policy = JSON.readTree(report.resolve("iam-policy.json").toFile());
        assertThat(policy.path("Statement").get(0).path("Action").toString()).contains("s3:GetBucketVersioning");
        assertThat(Files.exists(report.resolve("report.sarif"))).isTrue();
        assertThat(Files.exists(report.resolve("report.csv"))).isTrue();
    }

    @Test
    void badAuditInputExitsTwoWithOneSentence(@TempDir Path dir) throws Exception {
        Outcome unknown = run(List.of("audit", "--pack", "secuirty"), dir);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no pack 'secuirty'").contains("Hint:").doesNotContain("Exception");
        Outcome writeFlag = run(List.of("audit", "--read-write"), dir);
        assertThat(writeFlag.exit()).isEqualTo(2);
        assertThat(writeFlag.err()).contains("always read-only");
    }

    @Test
    void runFansOutOverTheOrganizationAndMergesTheAnswer(@TempDir Path dir) throws Exception {
        Outcome o = run(List.of("run", "aws", "sts", "get-caller-identity", "--accounts", "*", "--region", "us-east-1",
                "--no-merge", "--query", "[].Output.Account", "--output", "text"), dir);
        assertThat(o.exit()).as(o.err()).isZero();
        String[] accounts = o.out().trim().split("\\s+");
        assertThat(accounts).hasSize(2).contains("123456789012");
    }
}
