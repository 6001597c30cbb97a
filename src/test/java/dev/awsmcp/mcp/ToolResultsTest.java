package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.batch.BatchResult;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolResultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static BatchResult ok(String command, JsonNode json) {
        return new BatchResult(command, null, new CommandResult(command, "ec2", "describe-instances", 0, json, json.toPrettyString(),
                null, null, List.of("r-1"), 200, Duration.ofMillis(12)));
    }

    private static JsonNode big(int n) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode a = root.putArray("Reservations");
        for (int i = 0; i < n; i++) {
            a.addObject().put("ReservationId", "r-" + i).put("OwnerId", "123456789012");
        }
        return root;
    }

    @Test
    void suggestsPagingOnlyForPaginatedOperations() {
        JsonNode out = JSON.valueToTree(new ToolResults(5_000, c -> true)
                .render(List.of(ok("aws ec2 describe-instances", big(1000)))).structuredContent());
        JsonNode note = out.path("results").get(0).path("truncated");
        assertThat(note.path("howToContinue").asText()).contains("--max-items").contains("--starting-token");
        assertThat(note.path("continueWith").toString()).contains("aws ec2 describe-instances --max-items");
        JsonNode unpaged = JSON.valueToTree(new ToolResults(5_000, c -> false)
                .render(List.of(ok("aws ec2 describe-instances", big(1000)))).structuredContent());
        assertThat(unpaged.path("results").get(0).path("truncated").toString()).doesNotContain("--max-items");
    }

    @Test
    void keepsTheWholeResultUnderTheLimit() {
        McpSchema.CallToolResult r = new ToolResults(50_000, c -> true).render(List.of(ok("aws ec2 describe-instances", big(3))));
        JsonNode entry = JSON.valueToTree(r.structuredContent()).path("results").get(0);
        assertThat(entry.has("truncated")).isFalse();
        assertThat(entry.path("output").path("Reservations")).hasSize(3);
        assertThat(entry.path("durationMs").asLong()).isEqualTo(12);
        assertThat(((McpSchema.TextContent) r.content().get(0)).text()).isEqualTo(entry.path("output").toString() + "\n");
        assertThat(r.isError()).isFalse();
    }

    @Test
    void marksTheResultAsErrorOnlyWhenEveryCommandFailed() {
        BatchResult failed = new BatchResult("aws x y", null, new CommandResult("aws x y", null, null, 252, null, "",
                new ErrorInfo("UnknownService", "No service x.", "Check the name."), null, List.of(), 0, Duration.ZERO));
        assertThat(new ToolResults(50_000, c -> false).render(List.of(failed)).isError()).isTrue();
        McpSchema.CallToolResult mixed = new ToolResults(50_000, c -> false).render(List.of(failed, ok("aws ec2 describe-instances", big(1))));
        assertThat(mixed.isError()).isFalse();
        assertThat(((McpSchema.TextContent) mixed.content().get(0)).text())
                .contains("### [1/2] aws x y -> error").contains("Error [UnknownService]: No service x.\nHint: Check the name.");
    }

    @Test
    void sharesTheLimitBetweenTheCommandsOfABatch() {
        McpSchema.CallToolResult r = new ToolResults(20_000, c -> true).render(List.of(
                ok("aws ec2 describe-instances --region a", big(1000)), ok("aws ec2 describe-instances --region b", big(1000))));
        JsonNode results = JSON.valueToTree(r.structuredContent()).path("results");
        assertThat(results.get(0).path("output").toString().length()).isLessThanOrEqualTo(10_000);
        assertThat(results.get(1).path("truncated").path("limitChars").asInt()).isEqualTo(10_000);
    }

    @Test
    void cutsTextAtALineBoundary() {
        String cut = ToolResults.fitText("line\n".repeat(10_000), 3_000);
        assertThat(cut.length()).isLessThanOrEqualTo(3_000);
        assertThat(cut).endsWith("line");
    }
}
