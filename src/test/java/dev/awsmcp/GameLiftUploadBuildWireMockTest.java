package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.command.WorkingDirectoryFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws gamelift upload-build} through the whole facade against one WireMock for GameLift and S3: the build it
 * creates, the upload signed with the temporary credentials GameLift hands out (and those never in the output or the
 * audit record), what it prints.
 */
class GameLiftUploadBuildWireMockTest {
    private static final String UPLOAD_SECRET = "upload-secret-never-shown";

    @TempDir
    Path root;
    private Path work;
    private WireMockServer wm;
    private final List<AuditEvent> audited = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        work = Files.createDirectories(root.resolve("work"));
        Files.createDirectories(work.resolve("game/data"));
        Files.writeString(work.resolve("game/server.sh"), "./server\n");
        Files.writeString(work.resolve("game/data/level1.dat"), "level\n");
        wm = FacadeHarness.startWireMock();
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("GameLift.CreateBuild")).willReturn(json(
                "{\"Build\":{\"BuildId\":\"build-1111\",\"Status\":\"INITIALIZED\"}}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("GameLift.RequestUploadCredentials")).willReturn(json(
                "{\"UploadCredentials\":{\"AccessKeyId\":\"ASIAUPLOAD\",\"SecretAccessKey\":\"" + UPLOAD_SECRET
                        + "\",\"SessionToken\":\"upload-token\"},\"StorageLocation\":{\"Bucket\":\"gamelift-builds\","
                        + "\"Key\":\"123/build-1111\"}}")));
        wm.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"e\"")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private CommandResult upload(String args) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        b.environment = TestEnvironment.of(Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:" + wm.port()), "");
        b.fileReader(new WorkingDirectoryFiles(work));
        b.auditSink(audited::add);
        try (AwsMcp aws = b.build()) {
            return aws.execute("aws gamelift upload-build --name Game --build-version 1.0 " + args + " "
                    + FacadeHarness.endpointOptions(wm, "us-west-2"));
        }
    }

    @Test
    void createsTheBuildAndUploadsTheZipWithTheTemporaryCredentials() throws IOException {
        CommandResult r = upload("--build-root game --operating-system AMAZON_LINUX_2 --server-sdk-version 5.0.0 "
                + "--tags team=core env");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).isEqualTo("Successfully uploaded game to AWS GameLift\nBuild ID: build-1111\n");
        LoggedRequest create = wm.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", containing("CreateBuild"))).get(0);
        assertThat(FacadeHarness.JSON.readTree(create.getBodyAsString()).toString()).isEqualTo("{\"Name\":\"Game\","
                + "\"Version\":\"1.0\",\"OperatingSystem\":\"AMAZON_LINUX_2\",\"ServerSdkVersion\":\"5.0.0\","
                + "\"Tags\":[{\"Key\":\"team\",\"Value\":\"core\"},{\"Key\":\"env\",\"Value\":\"\"}]}");
        assertThat(create.getHeader("Authorization")).contains("Credential=AKIDEXAMPLE/");
        List<LoggedRequest> puts = wm.findAll(putRequestedFor(urlEqualTo("/gamelift-builds/123/build-1111")));
        assertThat(puts).hasSize(1);
        assertThat(puts.get(0).getHeader("Authorization")).contains("Credential=ASIAUPLOAD/").contains("/us-west-2/s3/");
        assertThat(puts.get(0).getHeader("X-Amz-Security-Token")).isEqualTo("upload-token");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(puts.get(0).getBody()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("server.sh", "data/level1.dat");
        assertThat(r.text() + r.json() + audited).doesNotContain(UPLOAD_SECRET).doesNotContain("upload-token");
    }

    @Test
    void anEmptyOrMissingBuildRootFailsBeforeAnythingIsCreated() throws IOException {
        Files.createDirectories(work.resolve("empty/sub"));
        for (String root : List.of("empty", "missing")) {
            CommandResult r = upload("--build-root " + root);

            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().message()).isEqualTo("Fail to upload " + root
                    + ". The build root directory is empty or does not exist.");
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
