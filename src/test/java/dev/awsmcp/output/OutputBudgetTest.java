package dev.awsmcp.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class OutputBudgetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode instances(int count) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode reservations = root.putArray("Reservations");
        for (int i = 0; i < count; i++) {
            ObjectNode r = reservations.addObject();
            r.put("ReservationId", "r-" + i);
            ObjectNode instance = r.putArray("Instances").addObject();
            instance.put("InstanceId", "i-" + String.format("%017d", i));
            instance.put("InstanceType", "t3.micro");
            instance.put("PrivateDnsName", "ip-10-0-0-" + i + ".eu-west-1.compute.internal");
            instance.putObject("State").put("Name", "running");
        }
        return root;
    }

    private static int compactLength(JsonNode node) throws Exception {
        return JSON.writeValueAsString(node).length();
    }

    @Test
    void dropsNullAndEmptyMembersWithoutCallingItTruncation() throws Exception {
        JsonNode json = JSON.readTree("{\"A\": null, \"B\": \"\", \"C\": [], \"D\": {\"E\": {}}, \"F\": 0, \"G\": [null, 1]}");

        BudgetedOutput out = OutputBudget.defaults().apply(json);

        assertThat(out.json().toString()).isEqualTo("{\"F\":0,\"G\":[null,1]}");
        assertThat(out.truncated()).isFalse();
        assertThat(out.note()).isNull();
    }

    @Test
    void keepsTheFirstItemsThatFitAndSaysHowToPage() throws Exception {
        ObjectNode json = instances(500);
        json.put("NextToken", "eyJNYXJrZXIiOiBudWxsfQ==");

        BudgetedOutput out = OutputBudget.ofChars(5_000).apply(json, "aws ec2 describe-instances --max-items 1000");

        assertThat(compactLength(out.json())).isLessThanOrEqualTo(5_000);
        assertThat(out.returnedChars()).isEqualTo(compactLength(out.json()));
        int kept = out.json().get("Reservations").size();
        assertThat(kept).isBetween(10, 499);
        assertThat(out.json().at("/Reservations/0/Instances/0/InstanceId").asText()).isEqualTo("i-00000000000000000");
        assertThat(out.omissions()).first().isEqualTo(new Omission("Reservations", "items", kept, 500));
        assertThat(out.nextToken()).isEqualTo("eyJNYXJrZXIiOiBudWxsfQ==");
        assertThat(out.continueWith()).contains("aws ec2 describe-instances --max-items " + kept,
                "--starting-token eyJNYXJrZXIiOiBudWxsfQ==");
        assertThat(out.continueWith()).anyMatch(s -> s.contains(
                "--query 'Reservations[].{ReservationId: ReservationId}'"));
        assertThat(out.note()).contains("kept " + kept + " of 500 items of Reservations", "--starting-token");
    }

    @Test
    void trimsNestedListsWhenOneItemIsTooLarge() throws Exception {
        ObjectNode json = JSON.createObjectNode();
        ArrayNode items = json.putArray("Items").addObject().putArray("Entries");
        for (int i = 0; i < 2_000; i++) {
            items.addObject().put("Id", "entry-" + i).put("Value", "x".repeat(20));
        }

        BudgetedOutput out = OutputBudget.ofChars(3_000).apply(json);

        assertThat(compactLength(out.json())).isLessThanOrEqualTo(3_000);
        assertThat(out.omissions()).first().extracting(Omission::path).isEqualTo("Items[0].Entries");
        assertThat(out.continueWith()).anyMatch(s -> s.contains("Items[].Entries[].{Id: Id, Value: Value}"));
    }

    @Test
    void shortensHugeStringsInsteadOfCuttingTheDocument() throws Exception {
        ObjectNode json = JSON.createObjectNode();
        json.put("PolicyDocument", "{".repeat(10_000));
        json.put("Name", "p");

        BudgetedOutput out = OutputBudget.ofChars(1_000).apply(json);

        assertThat(compactLength(out.json())).isLessThanOrEqualTo(1_000);
        assertThat(out.json().get("Name").asText()).isEqualTo("p");
        assertThat(out.json().get("PolicyDocument").asText()).contains("more characters]");
        assertThat(out.omissions()).first().extracting(Omission::kind).isEqualTo("characters");
    }

    @Test
    void alwaysFitsEvenWhenOnlyMarkersAreLeft() throws Exception {
        ObjectNode json = JSON.createObjectNode();
        for (int i = 0; i < 300; i++) {
            json.putObject("Key" + i).put("V", "value-" + i);
        }

        BudgetedOutput out = OutputBudget.ofChars(500).apply(json);

        assertThat(compactLength(out.json())).isLessThanOrEqualTo(500);
        assertThat(out.truncated()).isTrue();
        assertThat(out.note()).contains("Output trimmed from");
    }

    @Test
    void leavesSmallResultsUntouched() throws Exception {
        ObjectNode json = instances(3);

        BudgetedOutput out = OutputBudget.defaults().apply(json);

        assertThat(out.json()).isEqualTo(json);
        assertThat(out.truncated()).isFalse();
        assertThat(out.originalChars()).isEqualTo(compactLength(json));
    }

    @Test
    void doesNotModifyTheCallersJson() throws Exception {
        ObjectNode json = instances(500);
        ObjectNode copy = json.deepCopy();

        OutputBudget.ofChars(2_000).apply(json);

        assertThat(json).isEqualTo(copy);
    }

    @Test
    void measuresEscapedCharactersLikeJackson() throws Exception {
        JsonNode json = JSON.readTree("{\"a\": \"q\\\"b\\\\n\\n\\u0001é\", \"b\": [1.5, true, null, -3]}");

        assertThat(JsonSize.of(json)).isEqualTo(compactLength(json));
    }

    @Test
    void rejectsCapsTooSmallToBeUseful() {
        assertThatThrownBy(() -> OutputBudget.ofChars(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
