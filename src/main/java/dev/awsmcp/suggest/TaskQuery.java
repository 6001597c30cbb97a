package dev.awsmcp.suggest;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a task ("list my s3 buckets") into a Lucene query; the clauses' scores add up:
 * <ul>
 *   <li>every analysed term in the name, documentation, parameter and example fields (BM25, field boosts); a word
 *       that names a service counts in command names only as far as it does not ({@link #serviceness});</li>
 *   <li>every term against service names, a constant scaled by its serviceness;</li>
 *   <li>the task's verb (its first word that some command starts with, or a known everyday verb) against the
 *       commands' verbs, a constant, and its {@link VerbSynonyms} at a discount; the verb is scored only there;</li>
 *   <li>adjacent terms as a phrase in the command name, and run together ("work group" → {@code workgroup});</li>
 *   <li>the words command names shorten in their other spelling ("configuration" ↔ {@code config}) in the name,
 *       exact-name and name-set matches;</li>
 *   <li>the task's n-grams against multi-word service names and aliases ("cloudwatch logs");</li>
 *   <li>a constant when the task holds every word of a command's name ({@code list-buckets});</li>
 *   <li>the task's words as written against the command's words as written, so that number counts ("a
 *       distribution" → {@code get-distribution}, "distributions" → {@code list-distributions});</li>
 *   <li>a constant for the commands of the services whose vocabulary the task uses (a first search over one
 *       profile document per service, {@link #profileQuery}), scaled by each service's score relative to the
 *       best;</li>
 *   <li>a constant for {@code batch-...} commands when the task speaks of several things, and for tagging commands
 *       when it is about tags (the thing tagged then weighs half: it names the service, not the command);</li>
 *   <li>the task's nouns of action and their verbs ({@link Derivations}) in the documentation fields;</li>
 *   <li>the task's context (past its object, {@link TaskObject}) at a discount in the name field and whole-name
 *       matches, and at a premium in the parameter fields;</li>
 *   <li>the {@link ServicePrior} of matching commands.</li>
 * </ul>
 * Constants replace BM25 where rarity says nothing about fit: a rare verb or a small service is not a better match.
 */
final class TaskQuery {
    /**
     * Field boosts.
     *
     * @param service    service names as words (constant per term, scaled by how much the word names a service)
     * @param alias      multi-word service names and aliases (n-gram match)
     * @param verb       the task's verb against the command's verb (constant)
     * @param name       command words
     * @param doc        documentation sentences
     * @param param      parameter names
     * @param example    example titles
     * @param synonym    factor on {@code verb} for verb synonyms
     * @param namePhrase adjacent task terms as a phrase in the command name
     * @param prior      factor on the {@link ServicePrior} of commands that match
     * @param nameSet    every word of the command's name is in the task (constant)
     * @param profile    commands of the services whose vocabulary the task uses, scaled by the service's profile
     *                   score relative to the best service's
     * @param exact      task words as written against the command's words as written (singular vs plural)
     * @param docService how much a word that names a service is discounted in the documentation fields (0 to 1)
     * @param batch      commands named {@code batch-...} when the task speaks of several things (constant)
     * @param tagging    tagging commands ({@code tag-resource}, {@code list-tags-for-resource}, ...) when the task
     *                   is about tags (constant): the thing tagged names the service, not the command
     * @param paramDoc   first sentences of the command's parameter documentation
     * @param derived    factor on the documentation fields' boosts for a term's nouns or verbs of action
     *                   ({@link Derivations}: "decrypt" also finds "decryption")
     * @param context    factor on the name field and name-set matches for the task's words past its object (after a
     *                   preposition: "with a CIDR from an IPAM pool"), which name a command's context, not it
     * @param contextParam factor on the parameter fields for those words: parameters hold a command's context
     */
    record Weights(float service, float alias, float verb, float name, float doc, float param, float example,
                   float synonym, float namePhrase, float prior, float nameSet, float profile, float exact,
                   float docService, float batch, float tagging, float paramDoc,
                   float derived, float context, float contextParam) {
        /** The defaults. */
        static final Weights DEFAULT = new Weights(8f, 2f, 16f, 2f, 3f, 0.3f, 0.6f, 0.6f, 1f, 1f, 8f, 8f, 1f, 0.25f,
                8f, 8f, 0.3f, 1f, 0.4f, 3f);
    }

    /**
     * Words that say a task is about several things at once, which AWS names {@code batch-get-...},
     * {@code batch-delete-...}: general English, not a corpus phrase list.
     */
    /** Factor on the words of a task about tags other than its verb and "tags". */
    private static final float TAGGED_THING = 0.5f;
    /** The name words of tagging commands. */
    private static final List<String> TAGGING = List.of("tag", "untag");

    /**
     * Words AWS command names shorten, both ways ({@code list-deployment-configs} for "deployment configurations",
     * {@code describe-db-instances} for "database instances"): analysed terms.
     */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.of(
            "configuration", "config", "config", "configuration",
            "application", "app", "app", "application",
            "database", "db", "db", "database",
            "information", "info", "info", "information");

    private static final Set<String> SEVERAL = Set.of("multiple", "several", "many", "batch", "bulk");

    /** How many services' profiles boost their commands. */
    static final int PROFILE_DEPTH = 20;
    /**
     * The power a profile score relative to the best is raised to: sharp, so that a service whose vocabulary the
     * task clearly uses stands out, and runners-up get little.
     */
    static final double PROFILE_SHARPNESS = 4;

    private static final int MAX_ALIAS_GRAM = 4;
    private static final int MAX_SET = 4;
    private static final String RESOURCE = "resource";
    private static final int MAX_SET_TERMS = 9;
    private static final int VERB_WINDOW = 4;

    private final SuggestAnalyzer analyzer;
    private final SuggestAnalyzer plurals = new SuggestAnalyzer(true);
    private final SuggestAnalyzer unstemmed = SuggestAnalyzer.unstemmed();
    private final VerbSynonyms synonyms;
    private final Derivations derivations;
    private final Set<String> commandVerbs;
    private final Weights w;

    /**
     * @param analyzer     the index's analyzer
     * @param commandVerbs the analysed first words of all commands
     * @param derivations  nouns and verbs of action in the index's vocabulary
     * @param weights      field boosts
     */
    TaskQuery(SuggestAnalyzer analyzer, Set<String> commandVerbs, Derivations derivations, Weights weights) {
        this.analyzer = analyzer;
        this.derivations = derivations;
        this.synonyms = new VerbSynonyms(analyzer);
        this.commandVerbs = Set.copyOf(commandVerbs);
        this.w = weights;
    }

    /**
     * The query for a task.
     *
     * @param task     free text
     * @param reader   the index, for term statistics
     * @param services services the task's vocabulary points to, with relative scores ({@link #profileQuery})
     * @return the query, or null when the task has no searchable words
     * @throws IOException when the index cannot be read
     */
    Query build(String task, IndexReader reader, java.util.Map<String, Float> services) throws IOException {
        List<String> terms = verbFromNoun(analyzer.terms(task));
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        String verb = verb(terms);
        services.forEach((s, score) -> constant(q, IndexSchema.CLI_SERVICE, s, w.profile() * score));
        // in a task about tags the other words name the thing tagged, which only says which service's tagging
        // command is meant; at full weight they pull that thing's other commands ("delete-repository") above it
        boolean tags = synonyms.aboutTags(terms) || synonyms.isTagVerb(verb);
        int head = TaskObject.headTerms(analyzer, task, verbIndex(task, verb), terms.size());
        for (int ti = 0; ti < terms.size(); ti++) {
            String t = terms.get(ti);
            float nounFactor = tags && !t.equals(verb) && !synonyms.aboutTags(List.of(t)) ? TAGGED_THING : 1f;
            // past a preposition the task speaks of the command's context ("with a CIDR from an IPAM pool"), which
            // a command's parameters hold, not its name
            float nameFactor = ti < head ? 1f : w.context();
            // a word that names a service ("ec2", "lambda") is evidence for that service, not for commands of
            // other services that mention it ("describe-device-ec2-instances")
            float serviceness = serviceness(reader, t);
            float thing = 1 - serviceness;
            BooleanQuery.Builder perTerm = new BooleanQuery.Builder();
            // constant: BM25's idf would favour small services (a rare name) over big ones ("ec2")
            constant(perTerm, IndexSchema.SERVICE, t, w.service() * serviceness);
            if (!t.equals(verb)) { // the verb is scored once, in the verb field, so that synonyms compete fairly
                should(perTerm, IndexSchema.NAME, t, w.name() * thing * nounFactor * nameFactor);
                for (String a : abbreviations(t)) {
                    should(perTerm, IndexSchema.NAME, a, w.name() * thing * nounFactor * nameFactor);
                }
            }
            float textual = (1 - serviceness * w.docService()) * nounFactor;
            should(perTerm, IndexSchema.DOC, t, w.doc() * textual);
            float paramFactor = ti < head ? 1f : w.contextParam();
            should(perTerm, IndexSchema.PARAM, t, w.param() * textual * paramFactor);
            should(perTerm, IndexSchema.EXAMPLE, t, w.example() * textual);
            should(perTerm, IndexSchema.PARAM_DOC, t, w.paramDoc() * textual * paramFactor);
            for (String other : derivations.of(t)) {
                float d = textual * w.derived();
                should(perTerm, IndexSchema.DOC, other, w.doc() * d);
                should(perTerm, IndexSchema.PARAM, other, w.param() * d);
                should(perTerm, IndexSchema.EXAMPLE, other, w.example() * d);
                should(perTerm, IndexSchema.PARAM_DOC, other, w.paramDoc() * d);
            }
            q.add(perTerm.build(), BooleanClause.Occur.SHOULD);
        }
        if (verb != null) {
            BooleanQuery.Builder verbs = new BooleanQuery.Builder();
            constant(verbs, IndexSchema.VERB, verb, w.verb());
            String tagVerb = synonyms.tagVerb(verb, terms);
            for (String s : synonyms.of(verb, terms)) {
                constant(verbs, IndexSchema.VERB, s, s.equals(tagVerb) ? w.verb() : w.verb() * w.synonym());
            }
            q.add(verbs.build(), BooleanClause.Occur.SHOULD);
        }
        for (int i = 0; i + 1 < terms.size(); i++) {
            if (terms.get(i).equals(verb)) {
                continue;
            }
            q.add(new BoostQuery(new PhraseQuery(IndexSchema.NAME, terms.get(i), terms.get(i + 1)), w.namePhrase()),
                    BooleanClause.Occur.SHOULD);
        }
        List<String> asWritten = unstemmed.terms(task);
        if (synonyms.aboutTags(terms) || synonyms.isTagVerb(verb)) {
            BooleanQuery.Builder tagging = new BooleanQuery.Builder();
            for (String t : TAGGING) {
                tagging.add(new TermQuery(new Term(IndexSchema.NAME, t)), BooleanClause.Occur.SHOULD);
            }
            q.add(new BoostQuery(new ConstantScoreQuery(tagging.build()), w.tagging()), BooleanClause.Occur.SHOULD);
        }
        if (asWritten.stream().anyMatch(SEVERAL::contains)) {
            constant(q, IndexSchema.VERB, "batch", w.batch());
        }
        int verbAt = verb == null ? -1 : terms.indexOf(verb);
        for (int i = 0; i < asWritten.size(); i++) {
            if (i != verbAt || asWritten.size() != terms.size()) {
                String written = asWritten.get(i);
                should(q, IndexSchema.EXACT, written, w.exact());
                for (String stem : analyzer.terms(written)) {
                    for (String a : abbreviations(stem)) {
                        should(q, IndexSchema.EXACT, written.endsWith("s") ? a + "s" : a, w.exact());
                    }
                }
            }
        }
        // compounds: the task's single words against the commands' joined pairs, and the task's joined pairs
        // (past the verb) against the commands' words
        for (String single : plurals.terms(task)) {
            should(q, IndexSchema.COMPOUND, single, w.name());
        }
        for (String joined : analyzer.terms(IndexSchema.joinedPairs(task, verbIndex(task, verb) + 1))) {
            should(q, IndexSchema.NAME, joined, w.name());
        }
        for (int n = 2; n <= MAX_ALIAS_GRAM; n++) {
            for (int i = 0; i + n <= terms.size(); i++) {
                should(q, IndexSchema.ALIAS, String.join("_", terms.subList(i, i + n)), w.alias());
            }
        }
        Set<String> all = nameSetKeys(terms, verb);
        if (w.nameSet() > 0) {
            // a name made of the object's words beats one that takes words from the task's context ("delete a rule
            // from a bus": delete-rule, not delete-bus)
            Set<String> inHead = head < terms.size() ? nameSetKeys(terms.subList(0, head), verb) : Set.copyOf(all);
            all.removeAll(inHead);
            nameSetClause(q, inHead, w.nameSet());
            nameSetClause(q, all, w.nameSet() * w.context());
        }
        if (w.prior() <= 0) {
            return q.build();
        }
        return new BooleanQuery.Builder()
                .add(q.build(), BooleanClause.Occur.MUST)
                .add(FeatureField.newLinearQuery(IndexSchema.FEATURES, IndexSchema.PRIOR, w.prior()),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * The query over service profiles: the task's words past its verb, BM25 over each service's vocabulary.
     *
     * @param task free text
     * @return the query, or null when the task has no words besides its verb
     */
    Query profileQuery(String task) {
        List<String> terms = analyzer.terms(task);
        String verb = verb(terms);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (String t : new java.util.LinkedHashSet<>(terms)) {
            if (!t.equals(verb)) {
                b.add(new TermQuery(new Term(IndexSchema.PROFILE, t)), BooleanClause.Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : b.build();
    }

    /**
     * Commands whose whole name is among the task's words ({@code list-buckets} in "list my s3 buckets"): every
     * subset of up to {@value #MAX_SET} distinct task terms, plus the verb's synonyms in place of the verb, looked up
     * as a name-set key.
     */
    private Set<String> nameSetKeys(List<String> terms, String verb) {
        List<String> distinct = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(terms));
        if (distinct.size() > MAX_SET_TERMS) {
            distinct = new java.util.ArrayList<>(distinct.subList(0, MAX_SET_TERMS));
        }
        if ((synonyms.aboutTags(terms) || synonyms.isTagVerb(verb)) && !distinct.contains(RESOURCE)) {
            distinct.add(RESOURCE);
        }
        Set<String> keys = new java.util.HashSet<>();
        subsets(distinct, 0, new java.util.ArrayList<>(), keys);
        if (verb != null) {
            List<String> rest = new java.util.ArrayList<>(distinct);
            rest.remove(verb);
            Set<String> restKeys = new java.util.HashSet<>();
            subsets(rest, 0, new java.util.ArrayList<>(), restKeys);
            for (String syn : synonyms.of(verb, terms)) {
                keys.add(syn);
                for (String k : restKeys) {
                    keys.add(IndexSchema.setKey(List.of((syn + "_" + k).split("_"))));
                }
            }
        }
        Set<String> shortened = new java.util.HashSet<>();
        for (String key : keys) {
            List<String> parts = List.of(key.split("_"));
            for (int i = 0; i < parts.size(); i++) {
                for (String a : abbreviations(parts.get(i))) {
                    List<String> other = new java.util.ArrayList<>(parts);
                    other.set(i, a);
                    shortened.add(IndexSchema.setKey(other));
                }
            }
        }
        keys.addAll(shortened);
        return keys;
    }

    /** The other spelling of a word AWS command names abbreviate (analysed terms), or none. */
    private static List<String> abbreviations(String term) {
        String other = ABBREVIATIONS.get(term);
        return other == null ? List.of() : List.of(other);
    }

    private static void nameSetClause(BooleanQuery.Builder q, Set<String> keys, float boost) {
        if (!keys.isEmpty() && boost > 0) {
            List<BytesRef> refs = keys.stream().map(BytesRef::new).toList();
            q.add(new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(IndexSchema.NAME_SET, refs)), boost),
                    BooleanClause.Occur.SHOULD);
        }
    }

    private static void subsets(List<String> terms, int from, List<String> current, Set<String> out) {
        if (!current.isEmpty()) {
            out.add(IndexSchema.setKey(current));
        }
        if (current.size() == MAX_SET) {
            return;
        }
        for (int i = from; i < terms.size(); i++) {
            current.add(terms.get(i));
            subsets(terms, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }

    /** The task's verb: the first of its leading terms that a command starts with or that is a known verb. */
    private String verb(List<String> terms) {
        for (int i = 0; i < Math.min(VERB_WINDOW, terms.size()); i++) {
            String t = terms.get(i);
            if (commandVerbs.contains(t) || !synonyms.of(t).isEmpty()) {
                return t;
            }
        }
        return null;
    }

    /**
     * A task without a verb that opens with a noun of action ("deletion of a topic", "registration of a task
     * definition") means that noun's verb: the noun is replaced by it.
     */
    private List<String> verbFromNoun(List<String> terms) {
        if (verb(terms) != null) {
            return terms;
        }
        for (int i = 0; i < Math.min(VERB_WINDOW, terms.size()); i++) {
            for (String v : derivations.of(terms.get(i))) {
                if (commandVerbs.contains(v)) {
                    List<String> out = new java.util.ArrayList<>(terms);
                    out.set(i, v);
                    return out;
                }
            }
        }
        return terms;
    }

    /** A match whose score is the boost alone: how rare a verb is says nothing about how well it fits. */
    private static void constant(BooleanQuery.Builder b, String field, String term, float boost) {
        if (boost > 0) {
            b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, term))), boost),
                    BooleanClause.Occur.SHOULD);
        }
    }

    /**
     * How much a word names a service rather than a thing: the share of its uses in service names among its uses
     * in service names and command names. {@code cloudfront} or {@code iam} are near 1; {@code group} or
     * {@code account}, which name a service but mostly things, are low. Without this, "get an IAM group" would
     * prefer Resource Groups' {@code get-group} because the service's name says "group".
     */
    private static float serviceness(IndexReader reader, String term) throws IOException {
        int inService = reader.docFreq(new Term(IndexSchema.SERVICE, term));
        if (inService == 0) {
            return 0f;
        }
        return inService / (float) (inService + reader.docFreq(new Term(IndexSchema.NAME, term)));
    }

    /** The position of the verb among the task's raw words, or -1. */
    private int verbIndex(String task, String verb) {
        if (verb == null) {
            return -1;
        }
        String[] words = task.split("[^A-Za-z0-9]+");
        for (int i = 0; i < words.length; i++) {
            if (analyzer.terms(words[i]).contains(verb)) {
                return i;
            }
        }
        return -1;
    }

    private static void should(BooleanQuery.Builder b, String field, String term, float boost) {
        if (boost > 0) {
            b.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD);
        }
    }
}
