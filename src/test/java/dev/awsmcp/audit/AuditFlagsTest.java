package dev.awsmcp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditFlagsTest {
    @Test
    void defaultsToTheHomeAuditFile() {
        AuditFlags.Result r = AuditFlags.parse(List.of("serve"), Map.of());
        assertThat(r.file()).isEqualTo(Path.of(System.getProperty("user.home"), ".aws-mcp", "audit", "audit.jsonl"));
        assertThat(r.cloudWatch()).isNull();
        assertThat(r.remaining()).containsExactly("serve");
    }

    @Test
    void flagsBeatEnvironment() {
        AuditFlags.Result r = AuditFlags.parse(List.of("--audit-file", "/tmp/a.jsonl", "--audit-cloudwatch=/aws-mcp/audit/"),
                Map.of("AWS_MCP_AUDIT_FILE", "/tmp/b.jsonl", "AWS_MCP_AUDIT_CLOUDWATCH", "other"));
        assertThat(r.file()).isEqualTo(Path.of("/tmp/a.jsonl"));
        assertThat(r.cloudWatch().group()).isEqualTo("/aws-mcp/audit");
        assertThat(r.remaining()).isEmpty();
    }

    @Test
    void environmentApplies() {
        AuditFlags.Result r = AuditFlags.parse(List.of(), Map.of("AWS_MCP_AUDIT_CLOUDWATCH", "grp/stream-1"));
        assertThat(r.cloudWatch()).isEqualTo(new CloudWatchTarget("grp", "stream-1"));
    }

    @Test
    void missingValueIsAnError() {
        assertThatThrownBy(() -> AuditFlags.parse(List.of("--audit-file"), Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
