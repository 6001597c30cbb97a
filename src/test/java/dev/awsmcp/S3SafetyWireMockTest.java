package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.policy.FileAccessMode;
import dev.awsmcp.policy.FileGuard;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.s3.S3CommandPlan;
import dev.awsmcp.s3.S3Planner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local paths outside the working directory and policy denials stop {@code aws s3} commands before anything is sent. */
class S3SafetyWireMockTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;

    @Test
    void refusesToUploadAFileOutsideTheWorkingDirectory() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "s3cr3t");
        try (S3Fixture s3 = new S3Fixture(dir)) {
            CommandResult r = s3.run("s3 cp " + secret + " s3://b/");

            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("FileAccessDenied");
            assertThat(s3.wm.getAllServeEvents()).isEmpty();
        }
    }

    @Test
    void refusesARelativePathThatClimbsOut() {
        try (S3Fixture s3 = new S3Fixture(dir)) {
            CommandResult r = s3.run("s3 sync ../../etc s3://b/");

            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("FileAccessDenied");
            assertThat(s3.wm.getAllServeEvents()).isEmpty();
        }
    }

    @Test
    void refusesToDownloadOutsideTheWorkingDirectory() {
        try (S3Fixture s3 = new S3Fixture(dir)) {
            CommandResult r = s3.run("s3 cp s3://b/k " + outside.resolve("x.txt"));

            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("FileAccessDenied");
            assertThat(s3.wm.getAllServeEvents()).isEmpty();
            assertThat(outside.resolve("x.txt")).doesNotExist();
        }
    }

    @Test
    void refusesToDownloadThroughASymlinkedDirectoryThatLeadsOut() throws IOException {
        Files.createSymbolicLink(dir.resolve("escape"), outside);
        try (S3Fixture s3 = new S3Fixture(dir)) {
            s3.wm.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Length", "1")));

            CommandResult r = s3.run("s3 cp s3://b/k escape/k");

            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("FileAccessDenied");
            assertThat(outside.resolve("k")).doesNotExist();
        }
    }

    @Test
    void skipsASymlinkThatLeadsOutWhileUploadingADirectory() throws IOException {
        Files.writeString(outside.resolve("secret.txt"), "s3cr3t");
        Files.createDirectories(dir.resolve("up"));
        Files.writeString(dir.resolve("up/ok.txt"), "ok");
        Files.createSymbolicLink(dir.resolve("up/link.txt"), outside.resolve("secret.txt"));
        try (S3Fixture s3 = new S3Fixture(dir)) {
            s3.wm.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(200)));

            CommandResult r = s3.run("s3 cp up s3://b/ --recursive");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.text()).isEqualTo("upload: up/ok.txt to s3://b/ok.txt\n");
            assertThat(r.error().message()).startsWith("warning: Skipping file " + dir.toRealPath().resolve("up/link.txt"));
            s3.wm.verify(1, putRequestedFor(anyUrl()));
            s3.wm.verify(putRequestedFor(urlPathEqualTo("/b/ok.txt")));
        }
    }

    @Test
    void aGateDenyingWritesByThePlanStopsTheCommandBeforeAnythingIsSent() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "a");
        CallGate readOnly = req -> {
            S3CommandPlan plan = S3Planner.plan((HighLevelCommand) req.command());
            return plan.readOnly() ? GateDecision.allow("read", "reads are fine")
                    : GateDecision.deny("read-only", "The command would call " + plan.sentOperations() + ".",
                            "Run it without --read-only.");
        };
        try (S3Fixture s3 = new S3Fixture(dir, readOnly, "us-east-1")) {
            CommandResult r = s3.run("s3 sync . s3://b/");

            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("DeniedByPolicy");
            assertThat(r.error().message()).isEqualTo("The command would call [ListObjectsV2, PutObject, "
                    + "CreateMultipartUpload, UploadPart, CompleteMultipartUpload, AbortMultipartUpload].");
            assertThat(s3.wm.getAllServeEvents()).isEmpty();
        }
    }

    @Test
    void theGateJudgesTheWholeS3CommandOnce() {
        List<ParsedCommand> seen = new CopyOnWriteArrayList<>();
        CallGate recording = req -> {
            seen.add(req.command());
            return GateDecision.allow("all", "test");
        };
        try (S3Fixture s3 = new S3Fixture(dir, recording, "us-east-1")) {
            s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200)
                    .withBody(S3Fixture.listing(false, null, new String[0], "x", "1", "2024-01-02T03:04:05.000Z"))));

            CommandResult r = s3.run("s3 rm s3://b/ --recursive --dryrun");

            assertThat(r.text()).isEqualTo("(dryrun) delete: s3://b/x\n");
            assertThat(seen).hasSize(1);
            assertThat(((HighLevelCommand) seen.get(0)).subcommand()).isEqualTo("rm");
        }
    }

    @Test
    void thePolicyFileGuardConfinesTransfersToItsWorkingDirectory() throws IOException {
        Files.writeString(dir.resolve("in.txt"), "in");
        Path secret = Files.writeString(outside.resolve("secret.txt"), "s3cr3t");
        FileGuard guard = FileGuard.of(FileAccessMode.WORKDIR, dir);
        try (S3Fixture s3 = new S3Fixture(dir, CallGate.ALLOW_ALL, "us-east-1", guard)) {
            s3.wm.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(200)));

            CommandResult inside = s3.run("s3 cp in.txt s3://b/");
            CommandResult out = s3.run("s3 cp " + secret + " s3://b/");

            assertThat(inside.text()).isEqualTo("upload: ./in.txt to s3://b/in.txt\n");
            assertThat(out.exitCode()).isEqualTo(255);
            assertThat(out.error().code()).isEqualTo("FileAccessDenied");
            s3.wm.verify(1, putRequestedFor(anyUrl()));
        }
    }

    @Test
    void noLocalAccessRefusesEveryLocalPath() throws IOException {
        Files.writeString(dir.resolve("in.txt"), "in");
        try (S3Fixture s3 = new S3Fixture(dir, CallGate.ALLOW_ALL, "us-east-1",
                FileGuard.of(FileAccessMode.NO_ACCESS, dir))) {
            CommandResult r = s3.run("s3 cp in.txt s3://b/");

            assertThat(r.exitCode()).isEqualTo(255);
            assertThat(r.error().code()).isEqualTo("FileAccessDenied");
            assertThat(s3.wm.getAllServeEvents()).isEmpty();
        }
    }
}
