package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ResultBudgetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode items(int n, String prefix) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode a = root.putArray("Items");
        for (int i = 0; i < n; i++) {
            a.addObject().put("Id", prefix + i).put("Name", "name of item " + i);
        }
        return root;
    }

    @Test
    void leavesSmallOutputAloneApartFromNulls() throws Exception {
        ResultBudget.Fitted f = ResultBudget.fit(JSON.readTree("{\"A\":1,\"B\":null,\"C\":[],\"D\":{},\"E\":{\"F\":null},\"G\":[null,{}]}"), 1000);
        assertThat(f.truncated()).isFalse();
        assertThat(f.json().toString()).isEqualTo("{\"A\":1,\"G\":[null,{}]}");
    }

    @Test
    void shortensTheLargestListAndSaysHowMuchIsShown() {
        ResultBudget.Fitted f = ResultBudget.fit(items(2000, "i-"), 10_000);
        assertThat(f.truncated()).isTrue();
        assertThat(f.json().toString().length()).isLessThanOrEqualTo(10_000);
        assertThat(f.cuts().get(0)).containsEntry("path", "Items").containsEntry("total", 2000);
        int shown = (Integer) f.cuts().get(0).get("shown");
        assertThat(f.json().path("Items")).hasSize(shown);
        assertThat(f.json().path("Items").get(shown - 1).path("Id").asText()).isEqualTo("i-" + (shown - 1));
    }

    @Test
    void prefersTheNestedListThatHoldsTheBulk() {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("Reservations").addObject().set("Instances", items(1000, "i-").get("Items"));
        ResultBudget.Fitted f = ResultBudget.fit(root, 5_000);
        assertThat(f.cuts().get(0)).containsEntry("path", "Reservations[0].Instances");
        assertThat(f.json().path("Reservations")).hasSize(1);
    }

    @Test
    void shortensAHugeStringWhenThereIsNoList() {
        ObjectNode root = JSON.createObjectNode().put("Policy", "x".repeat(50_000));
        ResultBudget.Fitted f = ResultBudget.fit(root, 5_000);
        assertThat(f.json().toString().length()).isLessThanOrEqualTo(5_000);
        assertThat(f.json().path("Policy").asText()).endsWith("more chars]");
        assertThat(f.cuts().get(0)).containsEntry("path", "Policy");
    }

    @Test
    void cutsTextAtALineBoundary() {
        String text = "line\n".repeat(10_000);
        String cut = ResultBudget.fitText(text, 3_000);
        assertThat(cut.length()).isLessThanOrEqualTo(3_000);
        assertThat(cut).endsWith("line");
    }

    @Test
    void suggestsAQueryOverTheCutList() {
        JsonNode original = items(3, "i-");
        assertThat(ToolResults.querySuggestion("Items", original)).isEqualTo("Items[].[Id,Name]");
        ObjectNode nested = JSON.createObjectNode();
        nested.putArray("Reservations").addObject().set("Instances", items(2, "i-").get("Items"));
        assertThat(ToolResults.querySuggestion("Reservations[0].Instances", nested)).isEqualTo("Reservations[].Instances[].[Id,Name]");
    }
}
