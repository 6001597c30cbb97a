package dev.awsmcp.knowledge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DocumentationSearchTest {
    @RegisterExtension
    static WireMockExtension search = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private AwsDocumentation docs() {
        return AwsDocumentation.builder()
                .searchUrl(URI.create(search.baseUrl() + "/search"))
                .requestTimeout(Duration.ofSeconds(5))
                .build();
    }

    private void stubSearch() {
        search.stubFor(post(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.read("search-response.json"))));
    }

    @Test
    void sendsTheDocumentedRequestBodyAndReadsRankedResults() {
        stubSearch();

        SearchResponse response = docs().search("  lambda timeout ", 10, List.of());

        search.verify(postRequestedFor(urlPathEqualTo("/search"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"textQuery":{"input":"lambda timeout"},
                         "contextAttributes":[{"key":"domain","value":"docs.aws.amazon.com"}],
                         "acceptSuggestionBody":"RawText","locales":["en_us"]}""")));
        assertThat(response.source()).isEqualTo(SearchResponse.Source.LIVE);
        assertThat(response.note()).isNull();
        assertThat(response.results()).extracting(SearchResult::rank).containsExactly(1, 2, 3, 4, 5);
        SearchResult first = response.results().get(0);
        assertThat(first.url()).isEqualTo("https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html");
        assertThat(first.title()).isEqualTo("Configuring Lambda function timeout - AWS Lambda");
        assertThat(first.excerpt()).isEqualTo("Set the maximum time a Lambda function can run before Lambda stops it.");
    }

    @Test
    void prefersTheSearchAbstractThenSummaryThenBodyAsExcerpt() {
        stubSearch();

        List<SearchResult> results = docs().search("lambda timeout", 10, List.of()).results();

        assertThat(results.get(1).excerpt()).startsWith("Fix Lambda invocation errors");
        assertThat(results.get(2).excerpt()).startsWith("Modify the version-specific settings");
        assertThat(results.get(4).excerpt()).isNull();
    }

    @Test
    void skipsSuggestionsWithoutALinkAndHonoursTheLimit() {
        stubSearch();

        SearchResponse response = docs().search("lambda timeout", 2, List.of());

        assertThat(response.results()).hasSize(2);
        assertThat(docs().search("lambda timeout", 10, List.of()).results())
                .extracting(SearchResult::title).doesNotContain("A suggestion without a link is skipped");
    }

    @Test
    void servesARepeatedSearchFromTheCache() {
        stubSearch();
        AwsDocumentation docs = docs();

        docs.search("lambda timeout", 10, List.of());
        SearchResponse again = docs.search("Lambda Timeout", 3, List.of());

        search.verify(1, postRequestedFor(urlPathEqualTo("/search")));
        assertThat(again.results()).hasSize(3);
        assertThat(docs.stats().cacheHits()).isEqualTo(1);
        assertThat(docs.stats().cacheMisses()).isEqualTo(1);
    }

    @Test
    void cloudFormationTopicAddsTheProductFacetAndListsFittingHitsFirst() {
        stubSearch();

        SearchResponse response = docs().search("lambda timeout", 10, List.of("cloudformation"));

        search.verify(postRequestedFor(urlPathEqualTo("/search"))
                .withRequestBody(matchingJsonPath("$.contextAttributes[1].key", equalTo("aws-docs-search-product")))
                .withRequestBody(matchingJsonPath("$.contextAttributes[1].value", equalTo("AWS CloudFormation"))));
        assertThat(response.results().get(0).title()).isEqualTo("AWS::Lambda::Function - AWS CloudFormation");
        assertThat(response.results()).extracting(SearchResult::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(response.note()).contains("cloudformation");
    }

    @Test
    void troubleshootingTopicKeepsTheRequestButReordersHits() {
        stubSearch();

        SearchResponse response = docs().search("lambda timeout", 10, List.of("troubleshooting"));

        search.verify(postRequestedFor(urlPathEqualTo("/search"))
                .withRequestBody(matchingJsonPath("$.contextAttributes.length()", equalTo("1"))));
        assertThat(response.results().get(0).url()).endsWith("troubleshooting-invocation.html");
    }

    @Test
    void rejectsAnUnknownTopicNamingTheValidOnes() {
        assertThatThrownBy(() -> docs().search("lambda", 10, List.of("gossip")))
                .isInstanceOfSatisfying(DocumentationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentationException.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains("gossip");
                    assertThat(e.hint()).contains("troubleshooting", "cloudformation", "current_awareness");
                });
    }

    @Test
    void rejectsAnEmptyPhraseAndALimitOutOfRangeWithoutCallingTheService() {
        AwsDocumentation docs = docs();

        assertThatThrownBy(() -> docs.search(" ", 10, List.of()))
                .isInstanceOfSatisfying(DocumentationException.class, e -> assertThat(e.exitCode()).isEqualTo(252));
        assertThatThrownBy(() -> docs.search("s3", 0, List.of())).hasMessageContaining("limit 0");
        assertThatThrownBy(() -> docs.search("s3", 51, List.of())).hasMessageContaining("limit 51");
        search.verify(0, postRequestedFor(urlPathEqualTo("/search")));
    }

    @Test
    void reportsAServerErrorAsUnavailableWhenTheFallbackIsOff() {
        search.stubFor(post(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(503)));
        AwsDocumentation docs = AwsDocumentation.builder().searchUrl(URI.create(search.baseUrl() + "/search"))
                .offlineFallback(false).build();

        assertThatThrownBy(() -> docs.search("s3", 5, List.of()))
                .isInstanceOfSatisfying(DocumentationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentationException.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("HTTP 503");
                    assertThat(e.hint()).isNotBlank();
                });
    }

    @Test
    void reportsAClientErrorAsBadResponseWithoutFallingBack() {
        search.stubFor(post(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"Invalid request body\"}")));

        assertThatThrownBy(() -> docs().search("s3", 5, List.of()))
                .isInstanceOfSatisfying(DocumentationException.class,
                        e -> assertThat(e.code()).isEqualTo(DocumentationException.BAD_RESPONSE));
    }

    @Test
    void reportsMalformedJsonAsBadResponse() {
        search.stubFor(post(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(200).withBody("<html>oops")));

        assertThatThrownBy(() -> docs().search("s3", 5, List.of()))
                .isInstanceOfSatisfying(DocumentationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentationException.BAD_RESPONSE);
                    assertThat(e.getMessage()).contains("malformed JSON");
                });
    }

    @Test
    void timesOutASlowServiceAsUnavailable() {
        search.stubFor(post(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)
                .withBody(Fixtures.read("search-response.json"))));
        AwsDocumentation docs = AwsDocumentation.builder().searchUrl(URI.create(search.baseUrl() + "/search"))
                .requestTimeout(Duration.ofMillis(200)).offlineFallback(false).build();

        assertThatThrownBy(() -> docs.search("s3", 5, List.of()))
                .isInstanceOfSatisfying(DocumentationException.class,
                        e -> assertThat(e.code()).isEqualTo(DocumentationException.UNAVAILABLE));
    }
}
