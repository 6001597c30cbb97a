package dev.awsmcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.client.endpoint.RuleSetEndpointResolver;
import dev.awsmcp.client.http.ApacheHttpTransport;
import dev.awsmcp.client.http.HttpSettings;
import dev.awsmcp.client.protocol.ProtocolRegistry;
import dev.awsmcp.client.retry.RetrySettings;
import dev.awsmcp.client.testing.Options;
import dev.awsmcp.client.testing.RecordingSleeper;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** {@link CallPipeline#endpoint}: the rule set's answer for a call, overrides included, with nothing sent. */
class CallPipelineEndpointTest {
    private static final ServiceCatalog CATALOG = ServiceCatalog.bundled();

    private static String endpoint(Map<String, String> env, Options options) {
        try (CallPipeline pipeline = new CallPipeline(new ClientConfig(null, null,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEP", "secret")), HttpSettings.DEFAULTS,
                RetrySettings.STANDARD, null, TestEnvironment.of(env, ""), new RecordingSleeper(), Clock.systemUTC()),
                ProtocolRegistry.defaultRegistry()::codecFor, RuleSetEndpointResolver.create(),
                new ApacheHttpTransport(HttpSettings.DEFAULTS))) {
            ServiceModel s3 = CATALOG.model("s3").orElseThrow();
            return pipeline.endpoint(new BoundCall(s3, s3.operation("ListBuckets").orElseThrow(),
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), options.build(),
                    "aws s3api list-buckets")).toString();
        }
    }

    @Test
    void regionalEndpointsComeFromTheRuleSetPerPartition() {
        assertThat(endpoint(Map.of(), new Options().region("eu-west-1"))).isEqualTo("https://s3.eu-west-1.amazonaws.com");
        assertThat(endpoint(Map.of(), new Options().region("cn-north-1")))
                .isEqualTo("https://s3.cn-north-1.amazonaws.com.cn");
        assertThat(endpoint(Map.of(), new Options().region("us-gov-west-1")))
                .isEqualTo("https://s3.us-gov-west-1.amazonaws.com");
    }

    @Test
    void overridesWin() {
        assertThat(endpoint(Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9000"), new Options().region("eu-west-1")))
                .isEqualTo("http://127.0.0.1:9000");
        assertThat(endpoint(Map.of(), Options.endpoint("http://localhost:4566").region("eu-west-1")))
                .isEqualTo("http://localhost:4566");
    }
}
