package dev.awsmcp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSinksTest {
    @TempDir
    Path dir;

    private static AuditRecord record(String time) {
        return new AuditRecord(time, null, null, null, "aws s3 ls", "s3", "ls", List.of(), null, null, null, null,
                null, null, null, null, List.of(), 0, 0, null, null, null);
    }

    @Test
    void rotatesBySizeAndKeepsLimitedFiles() throws Exception {
        Path file = dir.resolve("a.jsonl");
        try (RotatingFileSink sink = new RotatingFileSink(file, 1024, 2)) {
            String line = "x".repeat(400);
            for (int i = 0; i < 10; i++) {
                sink.write(record("2026-01-01T00:00:00Z"), line);
            }
        }
        assertThat(file).exists();
        assertThat(dir.resolve("a.jsonl.1")).exists();
        assertThat(dir.resolve("a.jsonl.2")).exists();
        assertThat(dir.resolve("a.jsonl.3")).doesNotExist();
        assertThat(Files.size(file)).isLessThanOrEqualTo(1024);
    }

    @Test
    void newAuditFileIsOwnerOnly() throws Exception {
        Path file = dir.resolve("sub/audit.jsonl");
        try (RotatingFileSink sink = new RotatingFileSink(file, 4096, 1)) {
            sink.write(record("2026-01-01T00:00:00Z"), "{}");
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void rejectsSillySizes() {
        assertThatThrownBy(() -> new RotatingFileSink(dir.resolve("x"), 10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RotatingFileSink(dir.resolve("x"), 4096, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cloudWatchSinkShipsQueuedLinesInTimeOrder() throws Exception {
        List<List<CloudWatchLogEvent>> batches = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        CloudWatchLogsSink sink = new CloudWatchLogsSink((g, s, events) -> {
            targets.add(g + "|" + s);
            batches.add(events);
        }, CloudWatchTarget.parse("/aws-mcp/audit/host-1"), Duration.ZERO, 100);
        sink.write(record("2026-01-01T00:00:02Z"), "second");
        sink.write(record("2026-01-01T00:00:01Z"), "first");
        assertThat(batches).isEmpty();
        sink.close();
        assertThat(targets).containsExactly("/aws-mcp/audit|host-1");
        assertThat(batches.get(0)).extracting(CloudWatchLogEvent::message).containsExactly("first", "second");
        assertThat(sink.queued()).isZero();
    }

    @Test
    void cloudWatchFailureKeepsLinesForTheNextFlush() {
        AtomicBoolean fail = new AtomicBoolean(true);
        List<CloudWatchLogEvent> shipped = new ArrayList<>();
        CloudWatchLogsSink sink = new CloudWatchLogsSink((g, s, events) -> {
            if (fail.get()) {
                throw new IllegalStateException("throttled");
            }
            shipped.addAll(events);
        }, CloudWatchTarget.parse("g"), Duration.ZERO, 2);
        sink.write(record("2026-01-01T00:00:01Z"), "a");
        sink.write(record("2026-01-01T00:00:02Z"), "b");
        sink.write(record("2026-01-01T00:00:03Z"), "c");
        sink.flush();
        assertThat(sink.queued()).isEqualTo(2);
        fail.set(false);
        sink.flush();
        assertThat(shipped).extracting(CloudWatchLogEvent::message).containsExactly("b", "c");
    }

    @Test
    void parsesCloudWatchTargets() {
        assertThat(CloudWatchTarget.parse("aws-mcp-audit").group()).isEqualTo("aws-mcp-audit");
        assertThat(CloudWatchTarget.parse("aws-mcp-audit/s1")).isEqualTo(new CloudWatchTarget("aws-mcp-audit", "s1"));
        assertThat(CloudWatchTarget.parse("/a/b/c")).isEqualTo(new CloudWatchTarget("/a/b", "c"));
        assertThat(CloudWatchTarget.parse("/a/b/").group()).isEqualTo("/a/b");
        assertThat(CloudWatchTarget.parse("/a/b/").stream()).startsWith("aws-mcp-");
        assertThatThrownBy(() -> CloudWatchTarget.parse("/")).isInstanceOf(IllegalArgumentException.class);
    }
}
