package dev.awsmcp.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.model.ServiceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline index over a three-service catalog, so that building it is quick. */
class ApiReferenceIndexTest {
    @TempDir
    Path dir;

    @Test
    void findsOperationsByWhatTheyDoWithCliReferenceLinks() throws IOException {
        ApiReferenceIndex index = ApiReferenceIndex.build(Fixtures.smallCatalog(Set.of("lambda", "secretsmanager", "sqs")));

        List<SearchResult> hits = index.search("lambda function timeout", 5);

        assertThat(index.documents()).isBetween(100, 400);
        assertThat(hits).isNotEmpty();
        assertThat(hits).extracting(SearchResult::url)
                .contains("https://docs.aws.amazon.com/cli/latest/reference/lambda/update-function-configuration.html");
        assertThat(hits.get(0).title()).startsWith("aws lambda ");
        assertThat(index.search("the and of", 3)).isEmpty();
    }

    @Test
    void keepsTheIndexOnDiskAndReusesItInTheNextProcess() throws IOException {
        ServiceCatalog catalog = Fixtures.smallCatalog(Set.of("lambda", "sqs"));

        ApiReferenceIndex first = ApiReferenceIndex.openOrBuild(catalog, dir);
        ApiReferenceIndex second = ApiReferenceIndex.openOrBuild(catalog, dir);

        assertThat(first.reused()).isFalse();
        assertThat(second.reused()).isTrue();
        assertThat(second.documents()).isEqualTo(first.documents());
        assertThat(second.search("purge queue", 1)).extracting(SearchResult::title)
                .singleElement().asString().startsWith("aws sqs purge-queue");
    }

    @Test
    void rebuildsWhenTheModelsChanged() throws IOException {
        ApiReferenceIndex.openOrBuild(Fixtures.smallCatalog(Set.of("sqs")), dir);

        ApiReferenceIndex other = ApiReferenceIndex.openOrBuild(Fixtures.smallCatalog(Set.of("sqs", "lambda")), dir);

        assertThat(other.reused()).isFalse();
        assertThat(other.search("publish layer version", 1)).isNotEmpty();
        assertThat(Files.readString(dir.resolve("aws-mcp-fingerprint.txt")))
                .isEqualTo(ApiReferenceIndex.fingerprint(Fixtures.smallCatalog(Set.of("sqs", "lambda"))));
    }

    @Test
    void fallsBackToMemoryWhenTheDirectoryIsUnusable() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");

        ApiReferenceIndex index = ApiReferenceIndex.openOrBuild(Fixtures.smallCatalog(Set.of("sqs")), file);

        assertThat(index.reused()).isFalse();
        assertThat(index.search("delete message", 1)).isNotEmpty();
    }
}
