package dev.awsmcp.client.paginate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.CallResponse;
import dev.awsmcp.client.ClientException;
import dev.awsmcp.client.Progress;
import dev.awsmcp.client.testing.SimplePathSearch;
import dev.awsmcp.client.testing.TestModels;
import dev.awsmcp.model.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaginatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Paginator paginator = new Paginator(new SimplePathSearch());
    private final Operation listThings = TestModels.demo().operation("ListThings").orElseThrow();
    private final PaginatorConfig config = PaginatorConfig.of(TestModels.demo(), "ListThings").orElseThrow();
    private final List<ObjectNode> requests = new ArrayList<>();

    /** Pages keyed by the NextToken that fetches them (null for the first). */
    private Paginator.PageFetcher pages(Map<String, String> byToken) {
        return params -> {
            requests.add(params);
            String token = params.path("NextToken").asText("first");
            try {
                return new CallResponse((ObjectNode) JSON.readTree(byToken.get(token)), 200, "rid", Map.of(), 1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static String page(String owner, String next, String... names) {
        StringBuilder sb = new StringBuilder("{\"Owner\":\"" + owner + "\",\"Count\":" + names.length + ",\"Things\":[");
        for (int i = 0; i < names.length; i++) {
            sb.append(i > 0 ? "," : "").append("{\"Name\":\"").append(names[i]).append("\"}");
        }
        sb.append("]");
        if (next != null) {
            sb.append(",\"NextToken\":\"").append(next).append("\"");
        }
        return sb.append("}").toString();
    }

    private final Map<String, String> threePages = Map.of(
            "first", page("alice", "p2", "a", "b", "c"),
            "p2", page("bob", "p3", "d", "e", "f"),
            "p3", page("carol", null, "g", "h"));

    private PaginatedResult run(Integer pageSize, Integer maxItems, String start, PaginationLimits limits,
                                Paginator.PageFetcher fetcher) {
        return paginator.paginate(listThings, config, new Paginator.Request(JSON.createObjectNode(), pageSize, maxItems, start),
                limits, fetcher, Progress.NONE, () -> false);
    }

    private static List<String> names(JsonNode merged) {
        List<String> out = new ArrayList<>();
        merged.path("Things").forEach(t -> out.add(t.get("Name").asText()));
        return out;
    }

    private static String token(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mergesResultKeysAcrossPagesAndKeepsTheFirstPagesOtherKeys() {
        PaginatedResult r = run(null, null, null, PaginationLimits.DEFAULTS, pages(threePages));

        assertThat(names(r.merged())).containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
        assertThat(r.merged().get("Count").asInt()).isEqualTo(8);
        assertThat(r.merged().get("Owner").asText()).isEqualTo("alice");
        assertThat(r.merged().has("NextToken")).isFalse();
        assertThat(r.nextToken()).isNull();
        assertThat(r.pages()).hasSize(3);
        assertThat(requests).extracting(p -> p.path("NextToken").asText(null)).containsExactly(null, "p2", "p3");
    }

    @Test
    void truncatesAtMaxItemsWithTheCliTokenAndResumesFromIt() {
        PaginatedResult first = run(null, 4, null, PaginationLimits.DEFAULTS, pages(threePages));

        assertThat(names(first.merged())).containsExactly("a", "b", "c", "d");
        assertThat(first.nextToken()).isEqualTo(token("{\"NextToken\": \"p2\", \"boto_truncate_amount\": 1}"));
        assertThat(first.merged().get("NextToken").asText()).isEqualTo(first.nextToken());

        requests.clear();
        PaginatedResult second = run(null, 4, first.nextToken(), PaginationLimits.DEFAULTS, pages(threePages));

        assertThat(names(second.merged())).containsExactly("e", "f", "g", "h");
        assertThat(second.nextToken()).isNull();
        assertThat(requests.get(0).get("NextToken").asText()).isEqualTo("p2");
    }

    @Test
    void stopsOnAPageBoundaryWithAPlainToken() {
        PaginatedResult r = run(null, 3, null, PaginationLimits.DEFAULTS, pages(threePages));

        assertThat(names(r.merged())).containsExactly("a", "b", "c");
        assertThat(r.nextToken()).isEqualTo(token("{\"NextToken\": \"p2\"}"));
        assertThat(requests).hasSize(1);
    }

    @Test
    void sendsThePageSizeAsTheLimitKey() {
        run(2, null, null, PaginationLimits.DEFAULTS, pages(threePages));

        assertThat(requests).allSatisfy(p -> assertThat(p.get("MaxResults").asInt()).isEqualTo(2));
    }

    @Test
    void stopsWithAnErrorWhenTheServiceRepeatsItsToken() {
        Map<String, String> loop = Map.of("first", page("x", "same", "a"), "same", page("x", "same", "b"));

        assertThatThrownBy(() -> run(null, null, null, PaginationLimits.DEFAULTS, pages(loop)))
                .isInstanceOf(ClientException.class)
                .hasMessage("Error during pagination: The same next token was received twice: {'NextToken': 'same'}");
        assertThat(requests).hasSize(2);
    }

    @Test
    void stopsAtThePageCapWithATokenToContinue() {
        PaginatedResult r = run(null, null, null, new PaginationLimits(2, 10_000), pages(threePages));

        assertThat(names(r.merged())).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(r.capped()).isTrue();
        assertThat(r.nextToken()).isEqualTo(token("{\"NextToken\": \"p3\"}"));
    }

    @Test
    void capsItemsWhenTheCommandAsksForMoreThanTheLimit() {
        PaginatedResult r = run(null, 1_000, null, new PaginationLimits(100, 5), pages(threePages));

        assertThat(names(r.merged())).hasSize(5);
        assertThat(r.capped()).isTrue();
        assertThat(r.nextToken()).isNotNull();
    }

    @Test
    void readsTheOldTokenFormat() {
        PaginatedResult r = run(null, null, "p2___1", PaginationLimits.DEFAULTS, pages(threePages));

        assertThat(names(r.merged())).containsExactly("e", "f", "g", "h");
    }

    @Test
    void rejectsATokenWithTooManyParts() {
        assertThatThrownBy(() -> run(null, null, "a___b___c", PaginationLimits.DEFAULTS, pages(threePages)))
                .isInstanceOf(ClientException.class)
                .satisfies(e -> assertThat(((ClientException) e).exitCode()).isEqualTo(252));
        assertThat(requests).isEmpty();
    }

    @Test
    void roundTripsBinaryTokenValuesLikeBotocore() {
        ObjectNode t = JSON.createObjectNode();
        t.put("ExclusiveStartKey", new byte[] {1, 2, 3});

        String encoded = PaginationToken.encode(t);

        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
                .isEqualTo("{\"ExclusiveStartKey\": \"AQID\", \"boto_encoded_keys\": [[\"ExclusiveStartKey\"]]}");
        assertThat(PaginationToken.decode(encoded, List.of("ExclusiveStartKey")).tokens().get("ExclusiveStartKey").isBinary())
                .isTrue();
    }

    @Test
    void reportsProgressAfterEachPage() {
        List<String> messages = new ArrayList<>();

        paginator.paginate(listThings, config, new Paginator.Request(JSON.createObjectNode(), null, null, null),
                PaginationLimits.DEFAULTS, pages(threePages), (done, total, msg) -> messages.add(done + ":" + msg), () -> false);

        assertThat(messages).hasSize(3).first().asString().startsWith("1:Fetched page 1");
    }

    @Test
    void stopsWhenCancelled() {
        assertThatThrownBy(() -> paginator.paginate(listThings, config,
                new Paginator.Request(JSON.createObjectNode(), null, null, null), PaginationLimits.DEFAULTS,
                pages(threePages), Progress.NONE, () -> true))
                .isInstanceOf(ClientException.class).hasMessageContaining("cancelled");
        assertThat(requests).isEmpty();
    }

    @Test
    void detectsManualPaging() {
        assertThat(config.manuallyPaged(JSON.createObjectNode().put("NextToken", "x"))).isTrue();
        assertThat(config.manuallyPaged(JSON.createObjectNode().put("MaxResults", 5))).isTrue();
        assertThat(config.manuallyPaged(JSON.createObjectNode().put("Filter", "x"))).isFalse();
    }
}
