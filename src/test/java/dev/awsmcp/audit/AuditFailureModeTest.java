package dev.awsmcp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What calls see when the audit file cannot be written: refused (fail-closed) or counted (record-loss). */
class AuditFailureModeTest {
    @TempDir
    Path dir;

    /** A primary destination that fails while {@link #broken} is set (a full disk). */
    static final class FlakySink implements AuditDestination {
        final List<String> lines = new ArrayList<>();
        volatile boolean broken;

        @Override
        public void write(AuditRecord record, String line) throws IOException {
            if (broken) {
                throw new IOException("No space left on device");
            }
            lines.add(line);
        }

        @Override
        public void close() {
        }
    }

    private static CallFacts call(String command) {
        return CallFacts.builder(command).duration(Duration.ofMillis(3)).build();
    }

    @Test
    void failClosedRefusesCallsUntilTheFileWorksAndThenCountsTheLoss() {
        FlakySink sink = new FlakySink();
        AuditTrail trail = AuditTrail.builder().sink(sink).failureMode(AuditFailureMode.FAIL_CLOSED).build();
        trail.checkWritable();
        trail.record(call("aws s3 ls"));
        sink.broken = true;
        assertThatThrownBy(() -> trail.record(call("aws s3 ls s3://b"))).isInstanceOf(AuditException.class);
        assertThatThrownBy(trail::checkWritable).isInstanceOf(AuditException.class)
                .hasMessageContaining("calls are refused until it can").hasMessageContaining("nothing was sent");
        sink.broken = false;
        trail.checkWritable(); // recovers: writes the loss line
        assertThat(sink.lines).hasSize(2);
        assertThat(sink.lines.get(1)).contains("AuditRecordsLost").contains("1 audit record(s) could not be written")
                .contains("IOException");
        trail.record(call("aws s3 ls s3://c"));
        assertThat(sink.lines).hasSize(3);
    }

    @Test
    void recordLossLetsCallsRunAndWritesOneLineCountingTheLostRecords() {
        FlakySink sink = new FlakySink();
        AuditTrail trail = AuditTrail.builder().sink(sink).failureMode(AuditFailureMode.RECORD_LOSS).build();
        sink.broken = true;
        trail.record(call("aws s3 ls"));
        trail.record(call("aws ec2 describe-vpcs"));
        trail.checkWritable(); // never refuses in this mode
        sink.broken = false;
        trail.record(call("aws iam list-users"));
        assertThat(sink.lines).hasSize(2);
        assertThat(sink.lines.get(0)).contains("2 audit record(s) could not be written");
        assertThat(sink.lines.get(1)).contains("list-users");
    }

    @Test
    void anUnwritableFileIsOneSentenceAtStartUp() throws Exception {
        Path notADir = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> AuditFlags.checkWritable(notADir.resolve("audit.jsonl")))
                .isInstanceOf(AuditException.class).hasMessageContaining("cannot be written");
        assertThatThrownBy(() -> AuditFlags.checkWritable(dir)).hasMessageContaining("is a directory");
        AuditFlags.checkWritable(dir.resolve("sub/audit.jsonl"));
        assertThat(dir.resolve("sub/audit.jsonl")).exists();
        assertThat(AuditFlags.parse(List.of("--audit-failure", "record-loss"), java.util.Map.of()).failureMode())
                .isEqualTo(AuditFailureMode.RECORD_LOSS);
        assertThat(AuditFlags.parse(List.of(), java.util.Map.of()).failureMode()).isEqualTo(AuditFailureMode.FAIL_CLOSED);
        assertThatThrownBy(() -> AuditFlags.parse(List.of("--audit-failure=maybe"), java.util.Map.of()))
                .hasMessageContaining("fail-closed or record-loss");
    }
}
