package dev.awsmcp.client.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Behaviour ported from botocore: handlers.remove_bucket_from_url_paths_from_model, remove_accid_host_prefix_from_model, awsrequest._urljoin. */
class EndpointPathsTest {
    private static final ServiceCatalog CATALOG = ServiceCatalog.bundled();

    @Test
    void dropsTheBucketLabelFromS3RequestUris() {
        ServiceModel s3 = CATALOG.model("s3").orElseThrow();
        assertThat(EndpointPaths.stripsBucket(s3, op(s3, "GetObject"))).isTrue();
        assertThat(EndpointPaths.requestUri(s3, op(s3, "GetObject"))).isEqualTo("/{Key+}");
        assertThat(EndpointPaths.requestUri(s3, op(s3, "ListObjectsV2"))).isEqualTo("?list-type=2");
        assertThat(EndpointPaths.requestUri(s3, op(s3, "HeadBucket"))).isEmpty();
        assertThat(EndpointPaths.stripsBucket(s3, op(s3, "ListBuckets"))).isFalse();
        assertThat(EndpointPaths.requestUri(s3, op(s3, "ListBuckets"))).isEqualTo("/");
    }

    @Test
    void keepsBucketLabelsOfOtherServices() {
        ServiceModel s3control = CATALOG.model("s3control").orElseThrow();
        Operation getBucket = op(s3control, "GetBucket");
        assertThat(EndpointPaths.stripsBucket(s3control, getBucket)).isFalse();
        assertThat(EndpointPaths.requestUri(s3control, getBucket)).isEqualTo(getBucket.http().requestUri());
    }

    @Test
    void skipsTheAccountIdHostPrefixTheRuleSetAlreadyApplies() {
        ServiceModel s3control = CATALOG.model("s3control").orElseThrow();
        assertThat(EndpointPaths.appliesHostPrefix(op(s3control, "GetAccessPoint"))).isFalse();
        ServiceModel sd = CATALOG.model("servicediscovery").orElseThrow();
        Operation discover = op(sd, "DiscoverInstances");
        assertThat(discover.hostPrefix()).isEqualTo("data-");
        assertThat(EndpointPaths.appliesHostPrefix(discover)).isTrue();
        assertThat(EndpointPaths.appliesHostPrefix(op(sd, "ListServices"))).isFalse();
    }

    @Test
    void joinsEndpointAndPathLikeBotocore() {
        assertThat(EndpointPaths.join(URI.create("https://mybucket.s3.us-west-2.amazonaws.com"), "", null))
                .hasToString("https://mybucket.s3.us-west-2.amazonaws.com/");
        assertThat(EndpointPaths.join(URI.create("https://s3.us-west-2.amazonaws.com/mybucket"), "", null))
                .hasToString("https://s3.us-west-2.amazonaws.com/mybucket");
        assertThat(EndpointPaths.join(URI.create("https://s3.us-west-2.amazonaws.com/mybucket"), "/a/b%20c.txt", null))
                .hasToString("https://s3.us-west-2.amazonaws.com/mybucket/a/b%20c.txt");
        assertThat(EndpointPaths.join(URI.create("http://localhost:4566/base/"), "/x", null))
                .hasToString("http://localhost:4566/base/x");
        assertThat(EndpointPaths.join(URI.create("https://servicediscovery.us-east-1.amazonaws.com"), "/", "data-"))
                .hasToString("https://data-servicediscovery.us-east-1.amazonaws.com/");
    }

    private static Operation op(ServiceModel model, String name) {
        return model.operation(name).orElseThrow();
    }
}
