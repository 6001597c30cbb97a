package dev.awsmcp.knowledge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecommendTest {
    private static final String PAGE = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html";

    @RegisterExtension
    static WireMockExtension recs = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private AwsDocumentation docs() {
        return AwsDocumentation.builder().recommendationsUrl(URI.create(recs.baseUrl() + "/v1/recommendations")).build();
    }

    @Test
    void flattensAllFourGroupsInOrderWithTheirContext() {
        recs.stubFor(get(urlPathEqualTo("/v1/recommendations")).withQueryParam("path", equalTo(PAGE))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.read("recommendations-response.json"))));

        List<Recommendation> list = docs().recommend(PAGE);

        assertThat(list).extracting(Recommendation::group).containsExactly(
                Recommendation.Group.HIGHLY_RATED, Recommendation.Group.HIGHLY_RATED,
                Recommendation.Group.JOURNEY, Recommendation.Group.JOURNEY,
                Recommendation.Group.NEW, Recommendation.Group.SIMILAR, Recommendation.Group.SIMILAR);
        assertThat(list.get(0)).isEqualTo(new Recommendation(Recommendation.Group.HIGHLY_RATED,
                "https://docs.aws.amazon.com/lambda/latest/dg/welcome.html", "What is AWS Lambda?",
                "Run code without provisioning or managing servers."));
        assertThat(list.get(1).context()).isNull();
        assertThat(list.get(2).context()).isEqualTo("Intent: Monitor a function");
        assertThat(list.get(4).context()).isEqualTo("New content added on 2025-03-18");
        assertThat(list.get(6).context()).isEqualTo("Similar content");
    }

    @Test
    void cachesRecommendationsPerPage() {
        recs.stubFor(get(urlPathEqualTo("/v1/recommendations")).willReturn(aResponse()
                .withBody(Fixtures.read("recommendations-response.json"))));
        AwsDocumentation docs = docs();

        docs.recommend(PAGE);
        docs.recommend(PAGE + "#configuration-timeout-cli");

        recs.verify(1, getRequestedFor(urlPathEqualTo("/v1/recommendations")));
    }

    @Test
    void returnsNothingForAnEmptyAnswer() {
        recs.stubFor(get(urlPathEqualTo("/v1/recommendations")).willReturn(aResponse().withBody("{}")));

        assertThat(docs().recommend(PAGE)).isEmpty();
    }

    @Test
    void rejectsAPageOutsideTheDocumentationSite() {
        assertThatThrownBy(() -> docs().recommend("https://example.com/page.html"))
                .isInstanceOfSatisfying(DocumentationException.class,
                        e -> assertThat(e.code()).isEqualTo(DocumentationException.INVALID_URL));
        recs.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void reportsAFailingServiceAsUnavailable() {
        recs.stubFor(get(urlPathEqualTo("/v1/recommendations")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> docs().recommend(PAGE))
                .isInstanceOfSatisfying(DocumentationException.class,
                        e -> assertThat(e.code()).isEqualTo(DocumentationException.UNAVAILABLE));
    }
}
