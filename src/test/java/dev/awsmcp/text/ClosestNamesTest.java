package dev.awsmcp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNamesTest {
    @Test
    void aNameListedTwiceIsSuggestedOnce() {
        // logs lists start-live-tail as a model operation and as a CLI command: "Did you mean X or X?" helps no one
        assertThat(ClosestNames.closest("tail", List.of("start-live-tail", "describe-log-groups", "start-live-tail"), 3))
                .containsExactly("start-live-tail");
    }

    @Test
    void theClosestComeFirstAndFarOnesAreLeftOut() {
        assertThat(ClosestNames.closest("list-bucket", List.of("list-objects", "list-buckets", "get-bucket-acl",
                "create-multipart-upload"), 2)).containsExactly("list-buckets", "list-objects");
    }
}
