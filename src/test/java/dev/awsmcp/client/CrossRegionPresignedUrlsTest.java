package dev.awsmcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.endpoint.RuleSetEndpointResolver;
import dev.awsmcp.client.http.ApacheHttpTransport;
import dev.awsmcp.client.http.HttpSettings;
import dev.awsmcp.client.protocol.ProtocolRegistry;
import dev.awsmcp.client.protocol.SerializedRequest;
import dev.awsmcp.client.retry.RetrySettings;
import dev.awsmcp.client.testing.Options;
import dev.awsmcp.client.testing.RecordingSleeper;
import dev.awsmcp.client.testing.SigV4QueryCheck;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The cross-region presigned URL without an endpoint override: built at the pipeline level and never sent (tests
 * resolve no real hosts), so the URL points at the source region's endpoint from the rule set.
 */
class CrossRegionPresignedUrlsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "pipeline-presign-secret";
    private static final ServiceCatalog CATALOG = ServiceCatalog.bundled();

    private final CallPipeline pipeline = new CallPipeline(new ClientConfig(null, null,
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDPIPE", SECRET)), HttpSettings.DEFAULTS,
            RetrySettings.STANDARD, null, TestEnvironment.empty(), new RecordingSleeper(),
            Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC)),
            ProtocolRegistry.defaultRegistry()::codecFor, RuleSetEndpointResolver.create(),
            new ApacheHttpTransport(HttpSettings.DEFAULTS));

    @AfterEach
    void close() {
        pipeline.close();
    }

    private static BoundCall call(String service, String op, String params) throws Exception {
        ServiceModel m = CATALOG.model(service).orElseThrow();
        return new BoundCall(m, m.operation(op).orElseThrow(), (ObjectNode) JSON.readTree(params),
                new Options().region("eu-west-1").build(), "aws " + service + " " + op);
    }

    private static Map<String, String> form(SerializedRequest r) {
        return SigV4QueryCheck.form(new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void ec2PresignedUrlGoesToTheSourceRegionsEndpoint() throws Exception {
        SerializedRequest sent = pipeline.requestToSend(call("ec2", "CopySnapshot",
                "{\"SourceRegion\":\"us-west-2\",\"SourceSnapshotId\":\"snap-1\"}"));

        Map<String, String> body = form(sent);
        assertThat(body).containsEntry("DestinationRegion", "eu-west-1");
        URI url = URI.create(body.get("PresignedUrl"));
        assertThat(url.getScheme() + "://" + url.getAuthority() + url.getPath())
                .isEqualTo("https://ec2.us-west-2.amazonaws.com/");
        Map<String, String> q = SigV4QueryCheck.form(url.getRawQuery());
        assertThat(q).containsEntry("X-Amz-Credential", "AKIDPIPE/20250102/us-west-2/ec2/aws4_request")
                .containsEntry("X-Amz-SignedHeaders", "host").containsEntry("DestinationRegion", "eu-west-1");
        assertThat(q.get("X-Amz-Signature"))
                .isEqualTo(SigV4QueryCheck.expectedSignature(url, SECRET, "us-west-2", "ec2"));
    }

    @Test
    void neptuneAndDocDbPresignAgainstTheRdsEndpointOfTheSourceRegion() throws Exception {
        for (String service : List.of("rds", "neptune", "docdb")) {
            SerializedRequest sent = pipeline.requestToSend(call(service, "CopyDBClusterSnapshot",
                    "{\"SourceDBClusterSnapshotIdentifier\":\"a\",\"TargetDBClusterSnapshotIdentifier\":\"b\","
                            + "\"SourceRegion\":\"us-west-2\"}"));

            Map<String, String> body = form(sent);
            assertThat(body).as(service).doesNotContainKey("SourceRegion");
            URI url = URI.create(body.get("PreSignedUrl"));
            assertThat(url.getHost()).as(service).isEqualTo("rds.us-west-2.amazonaws.com");
            assertThat(SigV4QueryCheck.form(url.getRawQuery())).as(service)
                    .containsEntry("Action", "CopyDBClusterSnapshot")
                    .containsEntry("X-Amz-Credential", "AKIDPIPE/20250102/us-west-2/rds/aws4_request");
            assertThat(SigV4QueryCheck.form(url.getRawQuery()).get("X-Amz-Signature")).as(service)
                    .isEqualTo(SigV4QueryCheck.expectedSignature(url, SECRET, "us-west-2", "rds"));
        }
    }

    @Test
    void otherOperationsAreSentAsSerialized() throws Exception {
        SerializedRequest sent = pipeline.requestToSend(call("rds", "CreateDBInstance",
                "{\"DBInstanceIdentifier\":\"db\",\"DBInstanceClass\":\"db.t3.micro\",\"Engine\":\"mysql\"}"));

        assertThat(form(sent)).doesNotContainKeys("PreSignedUrl", "DestinationRegion");
    }

    @Test
    void everyBotocoreRegistrationIsCovered() {
        SerializedRequest body = new SerializedRequest("POST", "/", List.of(), List.of(),
                "Action=X&SourceRegion=us-west-2".getBytes(StandardCharsets.UTF_8), null);
        for (String reg : List.of("rds.CopyDBClusterSnapshot", "rds.CreateDBCluster", "rds.CopyDBSnapshot",
                "rds.CreateDBInstanceReadReplica", "rds.StartDBInstanceAutomatedBackupsReplication",
                "neptune.CopyDBClusterSnapshot", "neptune.CreateDBCluster", "docdb.CopyDBClusterSnapshot",
                "docdb.CreateDBCluster", "ec2.CopySnapshot")) {
            String[] parts = reg.split("\\.");
            SerializedRequest out = CrossRegionPresignedUrls.inject(parts[0], parts[1], body, "us-east-1",
                    (get, source) -> "https://signed.example/" + source);

            assertThat(new String(out.body(), StandardCharsets.UTF_8)).as(reg).contains("https%3A%2F%2Fsigned.example%2Fus-west-2");
        }
        assertThat(CrossRegionPresignedUrls.inject("ec2", "CopyImage", body, "us-east-1", (g, s) -> "x")).isSameAs(body);
    }
}
