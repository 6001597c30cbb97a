package dev.awsmcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.client.endpoint.ResolvedEndpoint;
import dev.awsmcp.client.protocol.SerializedRequest;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.net.URI;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpFullRequest;

class RequestAssemblerTest {
    private static ResolvedEndpoint endpoint(String url) {
        return new ResolvedEndpoint(URI.create(url), Map.of("x-amz-rule", List.of("1")), "sigv4", "s3", "us-east-1",
                List.of(), true, true);
    }

    private static SerializedRequest request(String method, String path, List<Map.Entry<String, String>> query,
                                             String hostPrefix) {
        return new SerializedRequest(method, path, query, List.of(Map.entry("Content-Type", "text/plain")),
                new byte[0], hostPrefix);
    }

    @Test
    void dropsTheBucketSegmentBecauseTheS3EndpointCarriesIt() {
        ServiceModel s3 = ServiceCatalog.bundled().model("s3api").orElseThrow();

        SdkHttpFullRequest virtual = RequestAssembler.assemble(s3, s3.operation("GetObject").orElseThrow(),
                request("GET", "/my-bucket/a%20b/c.txt", List.of(), null), endpoint("https://my-bucket.s3.us-east-1.amazonaws.com"), "ua");
        SdkHttpFullRequest pathStyle = RequestAssembler.assemble(s3, s3.operation("ListObjectsV2").orElseThrow(),
                request("GET", "/my-bucket", List.of(Map.entry("list-type", "2")), null),
                endpoint("http://127.0.0.1:9000/my-bucket"), "ua");

        assertThat(virtual.host()).isEqualTo("my-bucket.s3.us-east-1.amazonaws.com");
        assertThat(virtual.encodedPath()).isEqualTo("/a%20b/c.txt");
        assertThat(pathStyle.encodedPath()).isEqualTo("/my-bucket");
        assertThat(pathStyle.port()).isEqualTo(9000);
        assertThat(pathStyle.rawQueryParameters()).containsEntry("list-type", List.of("2"));
    }

    @Test
    void joinsPathsLikeBotocoresUrljoin() {
        assertThat(RequestAssembler.joinPath("", "/")).isEqualTo("/");
        assertThat(RequestAssembler.joinPath("/base", "")).isEqualTo("/base");
        assertThat(RequestAssembler.joinPath("/base/", "/x")).isEqualTo("/base/x");
        assertThat(RequestAssembler.joinPath("/base", "/x")).isEqualTo("/base/x");
    }

    @Test
    void keepsBareQueryFlagsAndDecodesValuesOnceForTheSdk() {
        ServiceModel s3 = ServiceCatalog.bundled().model("s3api").orElseThrow();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        query.add(new SimpleEntry<>("uploads", null));
        query.add(Map.entry("prefix", "a%2Fb%20c+d"));

        SdkHttpFullRequest r = RequestAssembler.assemble(s3, s3.operation("CreateMultipartUpload").orElseThrow(),
                request("POST", "/bkt/k", query, null), endpoint("https://bkt.s3.amazonaws.com"), "ua");

        assertThat(r.rawQueryParameters().get("uploads")).containsExactly((String) null);
        assertThat(r.rawQueryParameters().get("prefix")).containsExactly("a/b c+d");
        assertThat(r.firstMatchingHeader("Content-Length")).hasValue("0");
        assertThat(r.firstMatchingHeader("x-amz-rule")).hasValue("1");
        assertThat(r.firstMatchingHeader("User-Agent")).hasValue("ua");
    }

    @Test
    void prefixesTheHostUnlessItIsLocal() {
        ServiceModel sd = ServiceCatalog.bundled().model("servicediscovery").orElseThrow();
        var op = sd.operation("DiscoverInstances").orElseThrow();

        assertThat(RequestAssembler.assemble(sd, op, request("POST", "/", List.of(), "data-"),
                endpoint("https://servicediscovery.us-east-1.amazonaws.com"), "ua").host())
                .isEqualTo("data-servicediscovery.us-east-1.amazonaws.com");
        assertThat(RequestAssembler.assemble(sd, op, request("POST", "/", List.of(), "data-"),
                endpoint("http://127.0.0.1:8080"), "ua").host()).isEqualTo("127.0.0.1");
    }

    @Test
    void decodesPercentEscapesIncludingMultibyteCharacters() {
        assertThat(RequestAssembler.decode("%E2%82%AC%20x")).isEqualTo("\u20ac x");
        assertThat(RequestAssembler.decode("100%")).isEqualTo("100%");
        assertThat(RequestAssembler.decode("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
    }
}
