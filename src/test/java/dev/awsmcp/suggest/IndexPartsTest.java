package dev.awsmcp.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pieces the index is built from. */
class IndexPartsTest {
    private final SuggestAnalyzer analyzer = new SuggestAnalyzer();

    @Test
    void analyzerStemsPluralsAndDropsStopAndVendorWords() {
        assertThat(analyzer.terms("List the AWS instances of Amazon EC2")).containsExactly("list", "instance", "ec2");
    }

    @Test
    void pluralOnlyAnalyzerKeepsCompoundsWhole() {
        assertThat(new SuggestAnalyzer(true).terms("workgroups gettable")).containsExactly("workgroup", "gettable");
    }

    @Test
    void joinedPairsSkipTheVerb() {
        assertThat(IndexSchema.joinedPairs("create work group", 1)).isEqualTo("workgroup");
        assertThat(IndexSchema.joinedPairs("create a work group", 0)).isEqualTo("createa awork workgroup");
    }

    @Test
    void aliasTermsJoinMultiWordNamesOnly() {
        assertThat(IndexSchema.aliasTerms("logs", "logs . Amazon CloudWatch Logs", analyzer))
                .contains("cloudwatch_log", "log_group").doesNotContain("log");
    }

    @Test
    void templateWritesPlaceholdersByType() {
        String t = CommandEntries.template("aws x y", List.of(new RequiredParameter("--name", "string"),
                new RequiredParameter("--ids", "list<string>"), new RequiredParameter("--force", "boolean"),
                new RequiredParameter("paths", "<S3Uri>")));
        assertThat(t).isEqualTo("aws x y --name <string> --ids <list> --force <paths>");
    }

    @Test
    void sentencesStopAtTheFirstParagraphAndTheBudget() {
        String doc = "Creates a thing. It is useful. Very useful indeed.\n\nSecond paragraph.";
        assertThat(CommandEntries.firstSentence(doc)).isEqualTo("Creates a thing.");
        assertThat(CommandEntries.sentences(doc, 32)).isEqualTo("Creates a thing. It is useful.");
        assertThat(CommandEntries.sentences(doc, 400)).doesNotContain("Second");
    }

    @Test
    void shellQuotingLeavesSafeWordsBare() {
        assertThat(ExampleCommands.quote("i-1234")).isEqualTo("i-1234");
        assertThat(ExampleCommands.quote("a b")).isEqualTo("'a b'");
        assertThat(ExampleCommands.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(ExampleCommands.quote("")).isEqualTo("''");
    }

    @Test
    void removeTagsMeansUntag() {
        VerbSynonyms v = new VerbSynonyms(analyzer);
        assertThat(v.of("remove", analyzer.terms("remove tags from a queue"))).contains("untag", "delete");
        assertThat(v.of("add", analyzer.terms("add tags to a queue"))).contains("tag");
        assertThat(v.of("remove", analyzer.terms("remove a user"))).doesNotContain("untag");
    }

    @Test
    void serviceTextHasNamesAndOneWordAliases() {
        String text = CommandEntries.serviceText(dev.awsmcp.model.ServiceCatalog.bundled().byCliName("eks")
                .orElseThrow());
        assertThat(text).contains("eks", "Elastic Kubernetes Service", "k8s").doesNotContain("node group");
    }

    @Test
    void anAdminCommandsVerbIsTheVerbItQualifiesAndItsNameHoldsWithoutTheQualifier() {
        assertThat(CommandEntries.verb("admin-get-user")).isEqualTo("admin get");
        assertThat(CommandEntries.verb("batch-get-commits")).isEqualTo("batch get");
        assertThat(CommandEntries.verb("administer-thing")).isEqualTo("administer");
        CommandEntry.SearchText text = new CommandEntry.SearchText("cognito-idp", "admin get", "admin get user", "",
                "", "");
        assertThat(IndexSchema.nameSets(EntryKind.OPERATION, text, analyzer)).containsExactly("admin_get_user",
                "get_user");
    }
}
