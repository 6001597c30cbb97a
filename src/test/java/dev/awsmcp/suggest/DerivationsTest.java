package dev.awsmcp.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nouns of action and their verbs, by suffix rules checked against the index's vocabulary. */
class DerivationsTest {
    @Test
    void suffixRulesProposeTheVerbOfANounOfAction() {
        assertThat(Derivations.candidates("encryption")).contains("encrypt");
        assertThat(Derivations.candidates("decryption")).contains("decrypt");
        assertThat(Derivations.candidates("deletion")).contains("delete");
        assertThat(Derivations.candidates("attachment")).contains("attach");
        assertThat(Derivations.candidates("modification")).contains("modify");
    }

    @Test
    void wordsWithoutAnActionSuffixHaveNoCandidates() {
        assertThat(Derivations.candidates("bucket")).isEmpty();
        assertThat(Derivations.candidates("ion")).isEmpty();
    }

    @Test
    void pairsFromTheBundledIndexJoinBothDirectionsAndSkipAttributeNouns() throws Exception {
        try (SuggestIndex index = SuggestIndex.fromClasspath(TaskQuery.Weights.DEFAULT)) {
            Derivations d = index.derivations();
            assertThat(d.of("encryption")).contains("encrypt");
            assertThat(d.of("encrypt")).contains("encryption");
            assertThat(d.of("decrypt")).contains("decryption");
            // "description" names a parameter of many commands: an attribute, not the action of describing
            assertThat(d.of("description")).isEqualTo(List.of());
        }
    }
}
