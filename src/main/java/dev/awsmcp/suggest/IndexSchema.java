package dev.awsmcp.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The index's fields and how an entry becomes a Lucene document and back.
 *
 * <ul>
 *   <li>{@code svc}: service names as words and one-word aliases (no length normalisation: a long full
 *       name is not a weaker match);</li>
 *   <li>{@code nameset}: the command name's terms as one sorted key, for "the task names every word of it" (an
 *       {@code admin-} command also without that qualifier);</li>
 *   <li>{@code alias}: multi-word service names and aliases as single terms ({@code load_balanc}), matched against the
 *       task's n-grams so that "cloudwatch logs" means the Logs service, not any CloudWatch one;</li>
 *   <li>{@code verb}: the command's first word; {@code name}: the command's words; {@code compound}: adjacent
 *       name words run together, only plurals stemmed; {@code exact}: the command's words unstemmed (singular or
 *       plural); {@code doc}: leading documentation sentences;
 *       {@code param}: parameter names; {@code example}: example titles;</li>
 *   <li>{@code pdoc}: the first sentence of each parameter's documentation, without positions;</li>
 *   <li>{@code features/prior}: {@link ServicePrior}, a static score added to matching commands;</li>
 *   <li>{@code cli}: the service's CLI name, for boosting the services a task's words point to;</li>
 *   <li>{@code payload}: the stored answer ({@link CommandInfo}) as JSON.</li>
 *   <li>one profile document per service ({@link #profileDocument}): {@code profile}, the words of all its
 *       commands, and {@code profileof}, the stored CLI name.</li>
 * </ul>
 */
final class IndexSchema {
    static final String SERVICE = "svc";
    static final String ALIAS = "alias";
    static final String VERB = "verb";
    static final String NAME = "name";
    static final String COMPOUND = "compound";
    static final String EXACT = "exact";
    static final String NAME_SET = "nameset";
    static final String DOC = "doc";
    static final String PARAM = "param";
    static final String EXAMPLE = "example";
    static final String PARAM_DOC = "pdoc";
    static final String PAYLOAD = "payload";
    static final String FEATURES = "features";
    static final String PRIOR = "prior";
    static final String ID = "id";
    static final String CLI_SERVICE = "cli";
    static final String PROFILE = "profile";
    static final String PROFILE_OF = "profileof";

    /** The qualifier of administrator variants ({@code admin-get-user}). */
    private static final String ADMIN = "admin";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FieldType SERVICE_TYPE = new FieldType(TextField.TYPE_NOT_STORED);
    /** Parameter documentation is only ever matched term by term: no positions. */
    private static final FieldType DETAIL_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        SERVICE_TYPE.setOmitNorms(true);
        SERVICE_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        SERVICE_TYPE.freeze();
        DETAIL_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        DETAIL_TYPE.freeze();
    }

    private IndexSchema() {}

    /**
     * The Lucene document of an entry.
     *
     * @param e        the entry
     * @param analyzer the analyzer that joins alias phrases into single terms
     * @return the document
     */
    static Document toDocument(CommandEntry e, SuggestAnalyzer analyzer) {
        Document d = new Document();
        CommandInfo info = e.info();
        d.add(new StringField(ID, info.commandLine(), Field.Store.NO));
        d.add(new StringField(CLI_SERVICE, info.service(), Field.Store.NO));
        d.add(new Field(SERVICE, e.text().service(), SERVICE_TYPE));
        for (String alias : aliasTerms(info.service(), e.text().service(), analyzer)) {
            d.add(new StringField(ALIAS, alias, Field.Store.NO));
        }
        d.add(new TextField(VERB, e.text().verbs(), Field.Store.NO));
        d.add(new TextField(NAME, e.text().name(), Field.Store.NO));
        d.add(new TextField(COMPOUND, joinedPairs(e.text().name(), 1), Field.Store.NO));
        d.add(new TextField(EXACT, e.text().name(), Field.Store.NO));
        for (String set : nameSets(info.kind(), e.text(), analyzer)) {
            d.add(new StringField(NAME_SET, set, Field.Store.NO));
        }
        d.add(new TextField(DOC, e.text().summary(), Field.Store.NO));
        d.add(new TextField(PARAM, e.text().params(), Field.Store.NO));
        d.add(new TextField(EXAMPLE, e.text().examples(), Field.Store.NO));
        d.add(new Field(PARAM_DOC, e.text().paramDoc(), DETAIL_TYPE));
        d.add(new FeatureField(FEATURES, PRIOR, ServicePrior.of(info.service(), info.deprecated())));
        d.add(new StoredField(PAYLOAD, toJson(info)));
        return d;
    }

    /**
     * The profile document of a service: the words of all its commands' names and documentation in one field, so
     * that a task's nouns can be weighed as evidence for the service as a whole ("game build" is GameLift's
     * vocabulary even where {@code create-build}'s own documentation does not say "game"). Profile documents have
     * no other search field, so command queries never match them.
     *
     * @param service the service's CLI name
     * @param entries the service's entries
     * @return the document
     */
    static Document profileDocument(String service, List<CommandEntry> entries) {
        StringBuilder sb = new StringBuilder();
        for (CommandEntry e : entries) {
            sb.append(e.text().name()).append(" . ").append(e.text().summary()).append(" . ")
                    .append(e.text().examples()).append(" . ").append(e.text().params()).append('\n');
        }
        Document d = new Document();
        d.add(new TextField(PROFILE, sb.toString(), Field.Store.NO));
        d.add(new StoredField(PROFILE_OF, service));
        return d;
    }

    /**
     * Adjacent words run together ({@code create work group} → {@code workgroup}, from word {@code from} on), so
     * that a task that writes a compound as one word still finds the command that splits it, and the other way
     * round. The command's verb is left out (joining it only makes noise such as {@code gettable}).
     *
     * @param words words separated by anything but letters and digits
     * @param from  the first word to join
     * @return the joined pairs, space-separated
     */
    static String joinedPairs(String words, int from) {
        String[] w = words.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+");
        StringBuilder sb = new StringBuilder();
        for (int i = from; i + 1 < w.length; i++) {
            if (!w[i].isEmpty() && !w[i + 1].isEmpty()) {
                sb.append(w[i]).append(w[i + 1]).append(' ');
            }
        }
        return sb.toString().strip();
    }

    /**
     * The command's name as a set of terms, sorted and joined ({@code list-buckets} → {@code bucket_list}), so that
     * a task containing every word of a name can be found exactly. A high-level command has one set per verb and
     * verb + object ({@code list}, {@code bucket_list}, ...).
     */
    static Set<String> nameSets(EntryKind kind, CommandEntry.SearchText text, SuggestAnalyzer analyzer) {
        Set<String> out = new LinkedHashSet<>();
        if (kind != EntryKind.HIGH_LEVEL) {
            List<String> terms = analyzer.terms(text.name());
            out.add(setKey(terms));
            // an administrator's variant is named by its words without the qualifier too ("get a user" names
            // admin-get-user as fully as get-user); a batch one is not: the task says "several" for that
            if (terms.size() > 2 && terms.get(0).equals(ADMIN)) {
                out.add(setKey(terms.subList(1, terms.size())));
            }
            return out;
        }
        List<String> verbs = analyzer.terms(text.verbs());
        List<String> objects = analyzer.terms(text.name());
        objects.removeAll(verbs);
        for (String v : verbs) {
            out.add(v);
            for (String o : objects) {
                out.add(setKey(List.of(v, o)));
            }
        }
        return out;
    }

    /** Sorted, de-duplicated terms joined with {@code _}. */
    static String setKey(java.util.Collection<String> terms) {
        return String.join("_", new java.util.TreeSet<>(terms));
    }

    /**
     * Alias terms: each alias and each service name ({@code . }-separated in the service text), analysed and
     * joined with {@code _}.
     */
    static Set<String> aliasTerms(String service, String serviceText, SuggestAnalyzer analyzer) {
        Set<String> out = new LinkedHashSet<>();
        List<String> phrases = new ArrayList<>(List.of(serviceText.split(" \\. ")));
        phrases.addAll(ServiceAliases.of(service));
        for (String phrase : phrases) {
            List<String> terms = analyzer.terms(phrase);
            if (terms.size() > 1) { // one-word names are in the service field already
                out.add(String.join("_", terms));
            }
        }
        return out;
    }

    static String toJson(CommandInfo c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", c.kind().name());
        o.put("service", c.service());
        o.put("command", c.command());
        o.put("modelOperation", c.modelOperation());
        o.put("httpMethod", c.httpMethod());
        o.put("description", c.description());
        ArrayNode req = o.putArray("required");
        for (RequiredParameter p : c.required()) {
            req.addObject().put("name", p.name()).put("type", p.type());
        }
        o.put("template", c.template());
        o.put("example", c.example());
        o.put("deprecated", c.deprecated());
        return o.toString();
    }

    static CommandInfo fromJson(String json) {
        try {
            JsonNode o = JSON.readTree(json);
            List<RequiredParameter> req = new ArrayList<>();
            for (JsonNode p : o.path("required")) {
                req.add(new RequiredParameter(p.path("name").asText(), p.path("type").asText()));
            }
            return new CommandInfo(EntryKind.valueOf(o.path("kind").asText()), o.path("service").asText(),
                    o.path("command").asText(), text(o, "modelOperation"), text(o, "httpMethod"),
                    o.path("description").asText(), req, o.path("template").asText(), text(o, "example"),
                    o.path("deprecated").asBoolean());
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt suggestion index entry", e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
