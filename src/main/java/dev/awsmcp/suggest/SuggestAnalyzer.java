package dev.awsmcp.suggest;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis for commands and tasks: standard tokenizer, possessives, lower case, English stop words plus
 * words every AWS text carries ({@code aws}, {@code amazon}), KStem stemming, milder than Porter ({@code instances} and
 * {@code instance} meet). Index and query use the same chain.
 */
final class SuggestAnalyzer extends Analyzer {
    /** English stop words, the vendor names that appear in nearly every service name, and task filler words. */
    static final CharArraySet STOP_WORDS;

    static {
        CharArraySet s = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        s.add("aws");
        s.add("amazon");
        // function words of task phrasing ("remove tags from my queue", "one or more of the specified ...")
        for (String w : new String[] {"from", "about", "all", "my", "your", "our", "me", "we", "you", "i", "using",
                "via", "specified", "specific", "given", "existing", "one", "more", "some", "any", "each"}) {
            s.add(w);
        }
        STOP_WORDS = CharArraySet.unmodifiableSet(s);
    }

    private final boolean pluralsOnly;
    private final boolean stem;

    /** The analyzer for text fields: KStem. */
    SuggestAnalyzer() {
        this(false);
    }

    /**
     * @param pluralsOnly stem plurals only (for compounds such as {@code workgroups}, which a full stemmer would
     *                    take apart: KStem makes {@code gettable} into {@code get})
     */
    SuggestAnalyzer(boolean pluralsOnly) {
        this(pluralsOnly, true);
    }

    private SuggestAnalyzer(boolean pluralsOnly, boolean stem) {
        this.pluralsOnly = pluralsOnly;
        this.stem = stem;
    }

    /**
     * The analyzer that keeps words as written (lower-cased), for telling {@code get-distribution} from
     * {@code list-distributions}: number is what stemming throws away.
     *
     * @return an analyzer without stemming
     */
    static SuggestAnalyzer unstemmed() {
        return new SuggestAnalyzer(false, false);
    }

    /** Analysis per field: compounds stem plurals only, exact name words not at all, all other fields KStem. */
    static Analyzer forIndex() {
        return new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(new SuggestAnalyzer(),
                java.util.Map.of(IndexSchema.COMPOUND, new SuggestAnalyzer(true), IndexSchema.EXACT, unstemmed()));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        if (stem) {
            result = pluralsOnly ? new EnglishMinimalStemFilter(result) : new KStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /**
     * The terms of a text, in order.
     *
     * @param text any text
     * @return analysed terms
     */
    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
