package dev.awsmcp.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search service is unreachable (nothing listens on the port): answers come from the bundled API reference. */
class OfflineFallbackTest {
    private static AwsDocumentation docs;

    @BeforeAll
    static void unreachableService() throws IOException {
        // a few services keep the index build quick; the full bundled index works the same way
        docs = AwsDocumentation.builder()
                .searchUrl(URI.create("http://127.0.0.1:" + Fixtures.closedPort() + "/search"))
                .catalog(Fixtures.smallCatalog(Set.of("lambda", "secretsmanager", "s3", "ec2")))
                .build();
    }

    @Test
    void answersFromTheBundledApiReferenceAndSaysSo() {
        SearchResponse response = docs.search("lambda function timeout configuration", 5, List.of());

        assertThat(response.source()).isEqualTo(SearchResponse.Source.OFFLINE_API_REFERENCE);
        assertThat(response.note()).contains("unreachable", "API reference bundled");
        assertThat(response.text()).contains("Offline answer");
        assertThat(response.results()).hasSizeBetween(1, 5);
        assertThat(response.results()).extracting(SearchResult::url)
                .contains("https://docs.aws.amazon.com/cli/latest/reference/lambda/update-function-configuration.html");
        assertThat(response.results()).allSatisfy(r -> assertThat(r.excerpt()).isNotBlank());
    }

    @Test
    void findsTheOperationAnAgentDescribesInWords() {
        SearchResponse response = docs.search("rotate secret", 3, List.of());

        assertThat(response.results().get(0).title()).startsWith("aws secretsmanager rotate-secret");
        assertThat(docs.stats().offlineIndexOperations()).isGreaterThan(700);
        assertThat(docs.stats().offlineSearches()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void doesNotFallBackForBadArguments() {
        assertThatThrownBy(() -> docs.search("s3", 100, List.of()))
                .isInstanceOfSatisfying(DocumentationException.class,
                        e -> assertThat(e.code()).isEqualTo(DocumentationException.INVALID_ARGUMENT));
    }

    @Test
    void failsWhenTheFallbackIsTurnedOff() {
        AwsDocumentation strict = AwsDocumentation.builder()
                .searchUrl(URI.create("http://127.0.0.1:" + Fixtures.closedPort() + "/search"))
                .offlineFallback(false).build();

        assertThatThrownBy(() -> strict.search("s3 versioning", 5, List.of()))
                .isInstanceOfSatisfying(DocumentationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentationException.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("unreachable");
                });
    }
}
