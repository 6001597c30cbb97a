package dev.awsmcp.knowledge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentationReadTest {
    private static final String PAGE = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html";
    private static final String PAGE_PATH = "/lambda/latest/dg/configuration-timeout.html";

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Another server on loopback, standing for a foreign host a redirect must never reach. */
    @RegisterExtension
    static WireMockExtension foreign = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private AwsDocumentation docs() {
        return AwsDocumentation.builder().documentationUrl(URI.create(site.baseUrl())).build();
    }

    private void stubPage() {
        site.stubFor(get(urlEqualTo(PAGE_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(Fixtures.read("lambda-timeout.html"))));
    }

    private String wholePage() {
        return docs().read(PAGE, AwsDocumentation.MAX_MAX_LENGTH, 0).content();
    }

    @Test
    void convertsTheMainContentToMarkdownWithHeadingsAndFencedCode() {
        stubPage();

        String md = wholePage();

        assertThat(md).startsWith("# Configuring Lambda function timeout\n");
        assertThat(md).contains("## Configuring timeout (AWS CLI)");
        assertThat(md).contains("```bash\naws lambda update-function-configuration \\\n  --function-name my-function \\\n  --timeout 120\n```");
        assertThat(md).contains("```json\n{\n    \"FunctionName\": \"my-function\",");
        assertThat(md).contains("> **Important**");
        assertThat(md).contains("[Lambda quotas](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html)");
    }

    @Test
    void removesNavigationFeedbackCookieAndCopyrightChrome() {
        stubPage();

        String md = wholePage();

        assertThat(md).doesNotContain("COOKIE_TEXT", "HEADER_TEXT", "LEFT_NAV_TEXT", "BREADCRUMB_TEXT", "LANGUAGE_BANNER",
                "PDF RSS", "COPY_BUTTON", "COPYRIGHT_TEXT", "THUMB_FEEDBACK", "PREV_NEXT_TEXT", "QUICK_FEEDBACK",
                "FOOTER_TEXT", "window.awsdocs", "awsdocs-note");
    }

    @Test
    void shortensLongTablesAndKeepsShortOnesWhole() {
        stubPage();

        String md = wholePage();

        assertThat(md).contains("| Region | Name | Supported |");
        assertThat(md).contains("| `us-test-20` |").doesNotContain("us-test-21");
        assertThat(md).contains("Table shortened: 25 of 45 rows not shown");
        assertThat(md).contains("| Maximum | 900 seconds |");
        assertThat(md).contains("| `us-test-1` | Region number 1 | Yes since 2011 |");
    }

    @Test
    void dropsChromeInsideAMainElementToo() {
        site.stubFor(get(urlEqualTo("/vpc/latest/userguide/security-group-rules.html")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody(Fixtures.read("main-element-page.html"))));

        DocumentationPage page = docs().read("https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html", 10_000, 0);

        assertThat(page.title()).isEqualTo("Security group rules");
        assertThat(page.content()).contains("# Security group rules", "**Protocol**", "`443`",
                "aws ec2 describe-security-group-rules --filters Name=group-id,Values=sg-0123456789abcdef0",
                "(https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html)");
        assertThat(page.content()).doesNotContain("ON_THIS_PAGE_NAV", "WAS_THIS_PAGE_HELPFUL", "MAIN_FOOTER");
    }

    @Test
    void pagesThroughTheDocumentWithAnExplicitContinueNote() {
        stubPage();
        AwsDocumentation docs = docs();
        String whole = docs.read(PAGE, AwsDocumentation.MAX_MAX_LENGTH, 0).content();

        DocumentationPage first = docs.read(PAGE, 1000, 0);
        assertThat(first.truncated()).isTrue();
        assertThat(first.nextStartIndex()).isEqualTo(1000);
        assertThat(first.text()).startsWith("AWS Documentation from " + PAGE)
                .endsWith("To continue, call read_documentation with start_index=1000.]");

        StringBuilder joined = new StringBuilder();
        int start = 0;
        DocumentationPage window;
        do {
            window = docs.read(PAGE, 1000, start);
            joined.append(window.content());
            start = window.nextStartIndex();
        } while (window.truncated());
        assertThat(joined.toString()).isEqualTo(whole);
        assertThat(window.text()).doesNotContain("start_index=");
        assertThat(window.totalLength()).isEqualTo(whole.length());
        site.verify(1, getRequestedFor(urlEqualTo(PAGE_PATH)));
    }

    @Test
    void saysThereIsNoMoreContentPastTheEnd() {
        stubPage();

        DocumentationPage page = docs().read(PAGE, 100, 1_000_000);

        assertThat(page.content()).isEmpty();
        assertThat(page.text()).contains("No more content", "start_index was " + page.totalLength());
    }

    @Test
    void followsRedirectsWithinTheDocumentationSite() {
        stubPage();
        site.stubFor(get(urlEqualTo("/lambda/latest/dg/old-timeout.html")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://docs.aws.amazon.com/lambda/latest/dg/moved-timeout.html")));
        site.stubFor(get(urlEqualTo("/lambda/latest/dg/moved-timeout.html")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "configuration-timeout.html")));

        DocumentationPage page = docs().read("https://docs.aws.amazon.com/lambda/latest/dg/old-timeout.html", 5000, 0);

        assertThat(page.url()).isEqualTo("https://docs.aws.amazon.com/lambda/latest/dg/old-timeout.html");
        assertThat(page.finalUrl()).isEqualTo(PAGE);
        assertThat(page.content()).startsWith("# Configuring Lambda function timeout");
    }

    @Test
    void rejectsARedirectToAForeignHostWithoutFollowingIt() {
        foreign.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("<html><body>evil</body></html>")));
        site.stubFor(get(urlEqualTo("/lambda/latest/dg/lure.html")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", foreign.baseUrl() + "/phish.html")));

        assertThatThrownBy(() -> docs().read("https://docs.aws.amazon.com/lambda/latest/dg/lure.html", 5000, 0))
                .isInstanceOfSatisfying(DocumentationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentationException.REDIRECT_REJECTED);
                    assertThat(e.getMessage()).contains(foreign.baseUrl() + "/phish.html", "outside https://docs.aws.amazon.com/");
                });
        foreign.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void rejectsARedirectToALookalikeHost() {
        site.stubFor(get(urlEqualTo("/lambda/latest/dg/lure.html")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://docs.aws.amazon.com.attacker.example/lambda.html")));

        assertThatThrownBy(() -> docs().read("https://docs.aws.amazon.com/lambda/latest/dg/lure.html", 5000, 0))
                .isInstanceOfSatisfying(DocumentationException.class,
                        e -> assertThat(e.code()).isEqualTo(DocumentationException.REDIRECT_REJECTED));
    }

    @Test
    void stopsARedirectLoop() {
        site.stubFor(get(urlEqualTo("/a.html")).willReturn(aResponse().withStatus(302).withHeader("Location", "/b.html")));
        site.stubFor(get(urlEqualTo("/b.html")).willReturn(aResponse().withStatus(302).withHeader("Location", "/a.html")));

        assertThatThrownBy(() -> docs().read("https://docs.aws.amazon.com/a.html", 5000, 0))
                .isInstanceOfSatisfying(DocumentationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentationException.REDIRECT_REJECTED);
                    assertThat(e.getMessage()).contains("more than " + PageFetcher.MAX_REDIRECTS);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/lambda/latest/dg/welcome.html",
            "https://docs.aws.amazon.com.attacker.example/x.html", "https://user@docs.aws.amazon.com/x.html",
            "https://docs.aws.amazon.com:8443/x.html", "ftp://docs.aws.amazon.com/x.html", "https://docs.aws.amazon.com/",
            "docs.aws.amazon.com/lambda/latest/dg/welcome.html", "https://docs.aws.amazon.com/a b.html", ""})
    void rejectsAddressesOutsideTheDocumentationSiteWithoutFetching(String url) {
        assertThatThrownBy(() -> docs().read(url, 5000, 0))
                .isInstanceOfSatisfying(DocumentationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentationException.INVALID_URL);
                    assertThat(e.exitCode()).isEqualTo(252);
                    assertThat(e.hint()).isNotBlank();
                });
        site.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void reportsAMissingPageAsNotFound() {
        site.stubFor(get(urlEqualTo("/lambda/latest/dg/nope.html")).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> docs().read("https://docs.aws.amazon.com/lambda/latest/dg/nope.html", 5000, 0))
                .isInstanceOfSatisfying(DocumentationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentationException.NOT_FOUND);
                    assertThat(e.hint()).contains("search_documentation");
                });
    }

    @Test
    void returnsMarkdownPagesAsTheyAre() {
        site.stubFor(get(urlEqualTo("/lambda/latest/dg/welcome.md")).willReturn(aResponse()
                .withHeader("Content-Type", "text/markdown; charset=utf-8").withBody("# What is AWS Lambda?\n\n<b>kept</b>\n")));

        DocumentationPage page = docs().read("https://docs.aws.amazon.com/lambda/latest/dg/welcome.md", 5000, 0);

        assertThat(page.content()).isEqualTo("# What is AWS Lambda?\n\n<b>kept</b>\n");
    }

    @Test
    void rejectsBadWindowArguments() {
        assertThatThrownBy(() -> docs().read(PAGE, 0, 0)).hasMessageContaining("max_length 0");
        assertThatThrownBy(() -> docs().read(PAGE, 5000, -1)).hasMessageContaining("start_index -1");
        site.verify(0, anyRequestedFor(anyUrl()));
    }
}
