package dev.awsmcp;

import dev.awsmcp.engine.AuditTrailSink;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.client.testing.MutableClock;
import dev.awsmcp.client.testing.SigV4QueryCheck;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * botocore's cross-region presigned URLs (EC2 CopySnapshot, RDS-style copies) through the facade with the real
 * parser, codecs and endpoint rules, against WireMock; signatures recomputed by hand from the SigV4 spec.
 */
class CrossRegionPresignedUrlWireMockTest {
    private static final String KEY_ID = "AKIDPRESIGNTEST";
    private static final String SECRET = "presign-secret-key-for-tests";
    private static final String EC2_OK = "<CopySnapshotResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
            + "<requestId>req-1</requestId><snapshotId>snap-2</snapshotId></CopySnapshotResponse>";
    private static final String RDS_OK = "<CopyDBSnapshotResponse xmlns=\"http://rds.amazonaws.com/doc/2014-10-31/\">"
            + "<CopyDBSnapshotResult><DBSnapshot><DBSnapshotIdentifier>copy</DBSnapshotIdentifier></DBSnapshot>"
            + "</CopyDBSnapshotResult><ResponseMetadata><RequestId>req-2</RequestId></ResponseMetadata>"
            + "</CopyDBSnapshotResponse>";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-02T03:04:05Z"));
    private final List<String> auditLines = new CopyOnWriteArrayList<>();
    private WireMockServer wm;
    private AuditTrail trail;
    private AwsMcp aws;
    private String ep;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        wm.stubFor(post("/").withRequestBody(containing("Action=CopySnapshot"))
                .willReturn(aResponse().withStatus(200).withBody(EC2_OK)));
        wm.stubFor(post("/").withRequestBody(containing("Action=CopyDBSnapshot"))
                .willReturn(aResponse().withStatus(200).withBody(RDS_OK)));
        ep = " " + FacadeHarness.endpointOptions(wm, "us-east-1");
        trail = AuditTrail.builder().sink((r, line) -> auditLines.add(line)).build();
        AwsMcpBuilder b = FacadeHarness.realPipeline(KEY_ID, SECRET).auditSink(new AuditTrailSink(trail));
        b.clock = clock;
        aws = b.build();
    }

    @AfterEach
    void stop() throws Exception {
        aws.close();
        trail.close();
        wm.stop();
    }

    @Test
    void ec2CopySnapshotGetsAPresignedUrlForTheSourceRegionAndTheDestinationRegion() {
        CommandResult r = aws.execute("aws ec2 copy-snapshot --source-region us-west-2 --source-snapshot-id snap-1" + ep);

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        Map<String, String> body = sentForm();
        assertThat(body).containsEntry("Action", "CopySnapshot").containsEntry("SourceRegion", "us-west-2")
                .containsEntry("DestinationRegion", "us-east-1");
        URI url = URI.create(body.get("PresignedUrl"));
        assertThat(url.getScheme() + "://" + url.getAuthority()).isEqualTo("http://127.0.0.1:" + wm.port());
        Map<String, String> q = query(url);
        assertThat(q).containsEntry("Action", "CopySnapshot").containsEntry("Version", "2016-11-15")
                .containsEntry("SourceSnapshotId", "snap-1").containsEntry("SourceRegion", "us-west-2")
                .containsEntry("DestinationRegion", "us-east-1")
                .containsEntry("X-Amz-Algorithm", "AWS4-HMAC-SHA256")
                .containsEntry("X-Amz-Credential", KEY_ID + "/20250102/us-west-2/ec2/aws4_request")
                .containsEntry("X-Amz-Date", "20250102T030405Z")
                .containsEntry("X-Amz-Expires", "3600")
                .containsEntry("X-Amz-SignedHeaders", "host")
                .doesNotContainKey("PresignedUrl");
        assertThat(url.getRawQuery()).contains("X-Amz-Credential=" + KEY_ID + "%2F20250102%2Fus-west-2%2Fec2%2Faws4_request");
        assertThat(q.get("X-Amz-Signature")).isEqualTo(expectedSignature(url, "us-west-2", "ec2"));
    }

    @Test
    void ec2CopySnapshotKeepsACallerGivenPresignedUrl() {
        CommandResult r = aws.execute("aws ec2 copy-snapshot --source-region us-west-2 --source-snapshot-id snap-1"
                + " --presigned-url https://example.com/mine" + ep);

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        Map<String, String> body = sentForm();
        assertThat(body).containsEntry("PresignedUrl", "https://example.com/mine").doesNotContainKey("DestinationRegion");
    }

    @Test
    void rdsCopyDbSnapshotDropsSourceRegionAndSendsAPreSignedUrl() {
        CommandResult r = aws.execute("aws rds copy-db-snapshot --source-db-snapshot-identifier "
                + "arn:aws:rds:us-west-2:123456789012:snapshot:src --target-db-snapshot-identifier copy"
                + " --source-region us-west-2" + ep);

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        Map<String, String> body = sentForm();
        assertThat(body).containsEntry("Action", "CopyDBSnapshot").doesNotContainKey("SourceRegion")
                .doesNotContainKey("DestinationRegion");
        URI url = URI.create(body.get("PreSignedUrl"));
        Map<String, String> q = query(url);
        assertThat(q).containsEntry("Action", "CopyDBSnapshot").containsEntry("TargetDBSnapshotIdentifier", "copy")
                .containsEntry("SourceDBSnapshotIdentifier", "arn:aws:rds:us-west-2:123456789012:snapshot:src")
                .containsEntry("DestinationRegion", "us-east-1")
                .containsEntry("X-Amz-Credential", KEY_ID + "/20250102/us-west-2/rds/aws4_request")
                .containsEntry("X-Amz-Expires", "3600")
                .doesNotContainKey("SourceRegion");
        assertThat(q.get("X-Amz-Signature")).isEqualTo(expectedSignature(url, "us-west-2", "rds"));
    }

    @Test
    void rdsCopyDbSnapshotWithoutSourceRegionAddsNothing() {
        CommandResult r = aws.execute("aws rds copy-db-snapshot --source-db-snapshot-identifier src"
                + " --target-db-snapshot-identifier copy" + ep);

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(sentForm()).containsOnlyKeys("Action", "Version", "SourceDBSnapshotIdentifier",
                "TargetDBSnapshotIdentifier");
    }

    @Test
    void rdsKeepsACallerGivenPreSignedUrlButStillDropsSourceRegion() {
        CommandResult r = aws.execute("aws rds copy-db-snapshot --source-db-snapshot-identifier src"
                + " --target-db-snapshot-identifier copy --source-region us-west-2"
                + " --pre-signed-url https://example.com/mine" + ep);

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(sentForm()).containsEntry("PreSignedUrl", "https://example.com/mine").doesNotContainKey("SourceRegion");
    }

    @Test
    void theAuditLineNeverShowsAPresignedUrlSignature() {
        aws.execute("aws ec2 copy-snapshot --source-region us-west-2 --source-snapshot-id snap-1" + ep);
        String injectedSignature = query(URI.create(sentForm().get("PresignedUrl"))).get("X-Amz-Signature");
        aws.execute("aws ec2 copy-snapshot --source-region us-west-2 --source-snapshot-id snap-1 --presigned-url "
                + "'https://ec2.us-west-2.amazonaws.com/?Action=CopySnapshot&X-Amz-Signature=feedfacecafe1234'" + ep);

        aws.execute("aws rds copy-db-snapshot --source-db-snapshot-identifier src --target-db-snapshot-identifier copy"
                + " --source-region us-west-2 --pre-signed-url "
                + "'https://rds.us-west-2.amazonaws.com/?X-Amz-Signature=deadbeef5678'" + ep);

        assertThat(auditLines).hasSize(3);
        assertThat(String.join("\n", auditLines)).doesNotContain(injectedSignature).doesNotContain("feedfacecafe1234")
                .doesNotContain("deadbeef5678")
                .doesNotContain(SECRET).contains("copy-snapshot");
    }

    private Map<String, String> sentForm() {
        List<LoggedRequest> sent = wm.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
        assertThat(sent).isNotEmpty();
        // getAllServeEvents lists the newest first.
        return form(sent.get(0).getBodyAsString());
    }

    private static Map<String, String> form(String text) {
        return SigV4QueryCheck.form(text);
    }

    private static Map<String, String> query(URI url) {
        return form(url.getRawQuery());
    }

    private static String expectedSignature(URI url, String region, String service) {
        return SigV4QueryCheck.expectedSignature(url, SECRET, region, service);
    }
}
