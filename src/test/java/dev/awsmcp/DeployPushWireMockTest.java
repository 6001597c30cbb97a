package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.awsmcp.client.testing.MutableClock;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.command.WorkingDirectoryFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws deploy push} through the whole facade against one WireMock for S3 and CodeDeploy: the bundle it
 * uploads, the revision it registers, what it prints. The bundles were compared with AWS CLI 1.45.11's on moto by
 * their S3 ETags: identical with and without {@code --ignore-hidden-files} (bench/README.md).
 */
class DeployPushWireMockTest {
    private static final String TARGET = "CodeDeploy_20141006.RegisterApplicationRevision";

    @TempDir
    Path root;
    private Path work;
    private WireMockServer wm;

    @BeforeEach
    void start() throws IOException {
        work = Files.createDirectories(root.resolve("work"));
        Path app = Files.createDirectories(work.resolve("app/scripts"));
        Files.writeString(work.resolve("app/appspec.yml"), "version: 0.0\nos: linux\n");
        Files.writeString(app.resolve("start.sh"), "echo start\n");
        Files.writeString(work.resolve("app/.env"), "hidden\n");
        wm = FacadeHarness.startWireMock();
        wm.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"etag1\"")
                .withHeader("x-amz-version-id", "v7")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing(TARGET)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{}")));
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private CommandResult push(String args) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        // push.py's S3 client takes no --endpoint-url: the S3 endpoint setting reaches it, the CodeDeploy call the option
        b.environment = TestEnvironment.of(Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:" + wm.port()), "");
        b.clock = new MutableClock(Instant.parse("2025-01-02T03:04:05.250Z"));
        b.fileReader(new WorkingDirectoryFiles(work));
        try (AwsMcp aws = b.build()) {
            return aws.execute("aws deploy push --application-name App " + args + " "
                    + FacadeHarness.endpointOptions(wm, "us-east-1"));
        }
    }

    private JsonNode registered() throws IOException {
        List<LoggedRequest> r = wm.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", containing(TARGET)));
        assertThat(r).hasSize(1);
        return FacadeHarness.JSON.readTree(r.get(0).getBodyAsString());
    }

    private static List<String> names(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void zipsTheFolderUploadsItRegistersTheRevisionAndPrintsTheDeployCommand() throws IOException {
        CommandResult r = push("--s3-location s3://bundles/app.zip --source app");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        List<LoggedRequest> puts = wm.findAll(putRequestedFor(urlEqualTo("/bundles/app.zip")));
        assertThat(puts).hasSize(1);
        assertThat(names(puts.get(0).getBody())).containsExactlyInAnyOrder(".env", "appspec.yml", "scripts/start.sh");
        assertThat(puts.get(0).getHeader("x-amz-server-side-encryption")).as("push asks for no encryption").isNull();
        assertThat(registered().toString()).isEqualTo("{\"applicationName\":\"App\",\"revision\":{\"revisionType\":\"S3\","
                + "\"s3Location\":{\"bucket\":\"bundles\",\"key\":\"app.zip\",\"bundleType\":\"zip\",\"eTag\":\"etag1\","
                + "\"version\":\"v7\"}},\"description\":\"Uploaded by AWS CLI 2025-01-02T03:04:05.250000 UTC\"}");
        assertThat(r.text()).isEqualTo("To deploy with this revision, run:\naws deploy create-deployment "
                + "--application-name App --s3-location bucket=bundles,key=app.zip,bundleType=zip,eTag=etag1,version=v7 "
                + "--deployment-group-name <deployment-group-name> --deployment-config-name <deployment-config-name> "
                + "--description <description>\n");
    }

    @Test
    void hiddenFilesStayOutOnRequest() throws IOException {
        CommandResult r = push("--s3-location s3://bundles/app.zip --source app --ignore-hidden-files --description d");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        byte[] zip = wm.findAll(putRequestedFor(urlEqualTo("/bundles/app.zip"))).get(0).getBody();
        assertThat(names(zip)).containsExactlyInAnyOrder("appspec.yml", "scripts/start.sh");
        assertThat(registered().path("description").asText()).isEqualTo("d");
    }

    @Test
    void aBundleOfSixMebibytesOrMoreGoesUpInSixMebibyteParts() throws IOException {
        byte[] noise = new byte[7 << 20];
        new Random(1).nextBytes(noise); // incompressible: the zip stays above 6 MiB
        Files.write(work.resolve("app/blob.bin"), noise);
        wm.stubFor(post(urlPathEqualTo("/bundles/big.zip")).withQueryParam("uploads", com.github.tomakehurst.wiremock
                .client.WireMock.matching(".*")).willReturn(aResponse().withStatus(200).withBody(
                        "<InitiateMultipartUploadResult><UploadId>u1</UploadId></InitiateMultipartUploadResult>")));
        wm.stubFor(post(urlPathEqualTo("/bundles/big.zip")).withQueryParam("uploadId", com.github.tomakehurst.wiremock
                .client.WireMock.equalTo("u1")).willReturn(aResponse().withStatus(200).withBody(
                        "<CompleteMultipartUploadResult><ETag>\"multi-2\"</ETag></CompleteMultipartUploadResult>")));

        CommandResult r = push("--s3-location s3://bundles/big.zip --source app");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        List<LoggedRequest> parts = wm.findAll(putRequestedFor(urlPathEqualTo("/bundles/big.zip")));
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).getBody()).hasSize(6 << 20);
        assertThat(registered().path("revision").path("s3Location").path("eTag").asText()).isEqualTo("multi-2");
    }

    @Test
    void badInputFailsBeforeAnythingIsSentWithTheCliMessage() throws IOException {
        CommandResult location = push("--s3-location bundles/app.zip --source app");
        assertThat(location.exitCode()).isEqualTo(255);
        assertThat(location.error().message()).isEqualTo("--s3-location must specify the Amazon S3 URL format as "
                + "s3://<bucket>/<key>.");

        CommandResult both = push("--s3-location s3://b/k --source app --ignore-hidden-files --no-ignore-hidden-files");
        assertThat(both.error().message()).isEqualTo("You cannot specify both --ignore-hidden-files and "
                + "--no-ignore-hidden-files.");

        Files.createDirectories(work.resolve("empty"));
        CommandResult noSpec = push("--s3-location s3://b/k --source empty");
        assertThat(noSpec.exitCode()).isEqualTo(255);
        assertThat(noSpec.error().message()).isEqualTo(work.resolve("empty/appspec.yml") + " was not found");

        CommandResult missing = push("--source app");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aFailedUploadSaysWhatFailedAndRegistersNothing() {
        wm.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/xml")
                .withBody("<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message></Error>")));

        CommandResult r = push("--s3-location s3://gone/app.zip --source app");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).startsWith("Failed to upload 'app' to 's3://gone/app.zip': ")
                .contains("NoSuchBucket");
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/")))).isEmpty();
    }
}
