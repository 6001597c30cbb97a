package dev.awsmcp.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens the recommendations service's answer: {@code highlyRated.items[]}, {@code journey.items[].urls[]} (grouped
 * by {@code intent}), {@code new.items[]} and {@code similar.items[]}, each with {@code url} and {@code assetTitle}.
 */
final class RecommendationReader {
    private RecommendationReader() {}

    static List<Recommendation> read(JsonNode body) {
        List<Recommendation> out = new ArrayList<>();
        for (JsonNode item : body.path(Recommendation.Group.HIGHLY_RATED.wireName()).path("items")) {
            add(out, Recommendation.Group.HIGHLY_RATED, item, SearchResponseReader.text(item, "abstract"));
        }
        for (JsonNode intentGroup : body.path(Recommendation.Group.JOURNEY.wireName()).path("items")) {
            String intent = SearchResponseReader.text(intentGroup, "intent");
            for (JsonNode item : intentGroup.path("urls")) {
                add(out, Recommendation.Group.JOURNEY, item, intent == null ? null : "Intent: " + intent);
            }
        }
        for (JsonNode item : body.path(Recommendation.Group.NEW.wireName()).path("items")) {
            String created = SearchResponseReader.text(item, "dateCreated");
            add(out, Recommendation.Group.NEW, item, created == null ? "New content" : "New content added on " + created);
        }
        for (JsonNode item : body.path(Recommendation.Group.SIMILAR.wireName()).path("items")) {
            String summary = SearchResponseReader.text(item, "abstract");
            add(out, Recommendation.Group.SIMILAR, item, summary == null ? "Similar content" : summary);
        }
        return out;
    }

    private static void add(List<Recommendation> out, Recommendation.Group group, JsonNode item, String context) {
        String url = SearchResponseReader.text(item, "url");
        String title = SearchResponseReader.text(item, "assetTitle");
        if (url == null) {
            return;
        }
        out.add(new Recommendation(group, url, title == null ? url : title, context));
    }
}
