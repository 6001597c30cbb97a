package dev.awsmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int code, String out, String err) {}

    private static Run run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ClassifyCommand().run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsActionsLevelSourceAndDecision() throws Exception {
        Run r = run("", "--read-only", "aws s3api list-objects-v2 --bucket b");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("s3:ListBucket").contains("List").contains("override").contains("allow (default)");
    }

    @Test
    void operationsListsTheWholeTableOneLinePerOperation() throws Exception {
        Run r = run("", "--operations", "--jsonl");
        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines.length).isGreaterThan(18_000);
        JsonNode terminate = null;
        JsonNode listBuckets = null;
        for (String l : lines) {
            if (l.contains("\"TerminateInstances\"")) {
                terminate = JSON.readTree(l);
            } else if (l.contains("\"ListBuckets\"") && l.contains("\"s3api\"")) {
                listBuckets = JSON.readTree(l);
            }
        }
        assertThat(terminate.path("service").asText()).isEqualTo("ec2");
        assertThat(terminate.path("command").asText()).isEqualTo("terminate-instances");
        assertThat(terminate.path("iamActions").toString()).contains("ec2:TerminateInstances");
        assertThat(terminate.path("accessLevel").asText()).isEqualTo("Write");
        assertThat(listBuckets.path("model").asText()).isEqualTo("s3");
        assertThat(listBuckets.path("iamActions").toString()).contains("s3:ListAllMyBuckets");
        assertThat(listBuckets.path("class").asText()).isEqualTo("read");
        assertThat(run("", "--operations").out()).contains("TerminateInstances").contains("ec2:TerminateInstances");
    }

    @Test
    void readOnlyDenialIsExplained() throws Exception {
        Run r = run("", "--read-only", "--json", "aws ec2 terminate-instances --instance-ids i-1");
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.path("decision").asText()).isEqualTo("deny");
        assertThat(o.path("rule").asText()).isEqualTo("mode:read-only");
        assertThat(o.path("reason").asText()).contains("ec2:TerminateInstances").contains("Write");
        assertThat(o.path("source").asText()).isEqualTo("data");
    }

    @Test
    void consentModeSaysConsent() throws Exception {
        JsonNode o = JSON.readTree(run("", "--require-consent", "--json", "aws ec2 terminate-instances --instance-ids i-1").out());
        assertThat(o.path("decision").asText()).isEqualTo("consent");
    }

    @Test
    void jsonlWritesOneObjectPerLine() throws Exception {
        Run r = run("aws ec2 describe-instances\naws s3 rm s3://b/k\n\naws s3 ls | sh\n", "--read-only", "--jsonl", "-");
        List<JsonNode> lines = new ArrayList<>();
        for (String l : r.out().split("\n")) {
            lines.add(JSON.readTree(l));
        }
        assertThat(lines).extracting(n -> n.path("decision").asText()).containsExactly("allow", "deny", "deny");
        assertThat(lines.get(2).path("rule").asText()).isEqualTo("screen:shell-operator");
    }

    @Test
    void coverageSummaryReportsSources() throws Exception {
        Run r = run("", "--coverage", "--summary");
        assertThat(r.out()).contains("operations").contains("data").contains("override").contains("heuristic")
                .contains("unknown").contains("placed by data or override");
    }

    @Test
    void isRegisteredInMain() {
        assertThat(Main.subcommands()).containsKey("classify");
    }
}
