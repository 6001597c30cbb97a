package dev.awsmcp.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Nouns of action and their verbs ({@code encryption} ↔ {@code encrypt}, {@code deletion} ↔ {@code delete},
 * {@code attachment} ↔ {@code attach}), which KStem leaves apart. Found by English suffix rules over the index's
 * own vocabulary: a documentation word ending in {@code -ion} or {@code -ment} whose stripped form is a word of some
 * command's name. Both directions, so that "decrypt data" finds documentation that speaks of decryption and the
 * other way round.
 */
final class Derivations {
    /** Suffix rules: noun ending → verb ending, general English morphology. */
    private static final String[][] RULES = {
        {"ication", "y"}, {"ication", "icate"}, {"ation", "ate"}, {"ation", "e"}, {"ation", ""}, {"ption", "pt"},
        {"ption", "be"}, {"ption", "ve"}, {"ution", "ve"}, {"ition", "ire"}, {"ssion", "t"}, {"ion", "e"}, {"ion", ""},
        {"ment", ""}, {"lation", "l"}, {"tration", "ter"},
    };
    private static final int MIN_STEM = 3;
    /**
     * Nouns that name a parameter of more than this share of all commands ({@code description}, {@code
     * configuration}) are attributes of things, not actions: they get no verb.
     */
    private static final double MAX_PARAM_SHARE = 0.025;

    private final Map<String, List<String>> partners;

    private Derivations(Map<String, List<String>> partners) {
        this.partners = partners;
    }

    /**
     * Pairs from the index's vocabulary.
     *
     * @param reader   the index
     * @param docField the field whose words may be nouns of action
     * @param verbField the field whose words may be their verbs
     * @return the pairs
     * @throws IOException when the index cannot be read
     */
    static Derivations of(IndexReader reader, String docField, String verbField, String paramField)
            throws IOException {
        Set<String> verbs = vocabulary(reader, verbField);
        Map<String, Set<String>> out = new HashMap<>();
        int maxParam = (int) (reader.numDocs() * MAX_PARAM_SHARE);
        for (String noun : vocabulary(reader, docField)) {
            if (reader.docFreq(new org.apache.lucene.index.Term(paramField, noun)) > maxParam) {
                continue;
            }
            for (String v : candidates(noun)) {
                if (verbs.contains(v)) {
                    out.computeIfAbsent(noun, k -> new LinkedHashSet<>()).add(v);
                    out.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(noun);
                }
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Derivations(frozen);
    }

    /** The verbs a noun of action may come from, by suffix rules; empty for other words. */
    static List<String> candidates(String noun) {
        List<String> out = new ArrayList<>();
        for (String[] r : RULES) {
            if (noun.endsWith(r[0]) && noun.length() - r[0].length() >= MIN_STEM) {
                String v = noun.substring(0, noun.length() - r[0].length()) + r[1];
                if (!v.equals(noun) && !out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /**
     * The other forms of a term.
     *
     * @param term an analysed term
     * @return its nouns or verbs of action; empty when it has none
     */
    List<String> of(String term) {
        return partners.getOrDefault(term, List.of());
    }

    /** Number of terms with a partner. */
    int size() {
        return partners.size();
    }

    private static Set<String> vocabulary(IndexReader reader, String field) throws IOException {
        Set<String> out = new java.util.HashSet<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms != null) {
            TermsEnum it = terms.iterator();
            for (BytesRef t; (t = it.next()) != null; ) {
                out.add(t.utf8ToString());
            }
        }
        return out;
    }
}
