package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code aws s3 cp}, {@code mv}, {@code rm} and {@code sync} against WireMock, with a real working directory. */
class S3TransferWireMockTest extends S3WireMockTestBase {
    private static final String T1 = "2024-01-02T03:04:05.000Z";

    @BeforeEach
    void emptyTheWorkingDirectory() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        }
    }

    private static Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private static void okPut() {
        s3.wm.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"e\"")));
    }

    @Test
    void uploadsOneFileWithAGuessedContentType() throws IOException {
        file("a.txt", "hello");
        okPut();

        CommandResult r = s3.ok("s3 cp a.txt s3://b/");
        assertThat(r.text()).isEqualTo("upload: ./a.txt to s3://b/a.txt\n");
        s3.wm.verify(putRequestedFor(urlPathEqualTo("/b/a.txt")).withRequestBody(equalTo("hello"))
                .withHeader("Content-Type", equalTo("text/plain")));
    }

    @Test
    void uploadsWithTheObjectOptionsAsHeaders() throws IOException {
        file("data.bin", "xyz");
        okPut();

        CommandResult r = s3.ok("s3 cp data.bin s3://b/k/renamed --content-type application/x-demo --acl public-read"
                + " --sse --storage-class STANDARD_IA --metadata owner=me,team=data --cache-control max-age=60");
        assertThat(r.text()).isEqualTo("upload: ./data.bin to s3://b/k/renamed\n");
        s3.wm.verify(putRequestedFor(urlPathEqualTo("/b/k/renamed"))
                .withHeader("Content-Type", equalTo("application/x-demo")).withHeader("x-amz-acl", equalTo("public-read"))
                .withHeader("x-amz-server-side-encryption", equalTo("AES256"))
                .withHeader("x-amz-storage-class", equalTo("STANDARD_IA"))
                .withHeader("x-amz-meta-owner", equalTo("me")).withHeader("x-amz-meta-team", equalTo("data"))
                .withHeader("Cache-Control", equalTo("max-age=60")));
    }

    @Test
    void downloadsAnObjectAndStampsItWithTheObjectsTime() throws IOException {
        s3.wm.stubFor(head(urlPathEqualTo("/b/d/r.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", "4").withHeader("Last-Modified", "Tue, 02 Jan 2024 03:04:05 GMT")));
        s3.wm.stubFor(get(urlPathEqualTo("/b/d/r.txt")).willReturn(aResponse().withStatus(200).withBody("data")));

        CommandResult r = s3.ok("s3 cp s3://b/d/r.txt .");
        assertThat(r.text()).isEqualTo("download: s3://b/d/r.txt to ./r.txt\n");
        assertThat(Files.readString(dir.resolve("r.txt"))).isEqualTo("data");
        assertThat(Files.getLastModifiedTime(dir.resolve("r.txt")).toInstant()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("r.txt");
        }
    }

    @Test
    void reportsAMissingObjectAsAFatalError() {
        s3.wm.stubFor(head(urlPathEqualTo("/b/missing.txt")).willReturn(aResponse().withStatus(404)));

        CommandResult r = s3.run("s3 cp s3://b/missing.txt local.txt");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.error().message()).isEqualTo("fatal error: An error occurred (404) when calling the HeadObject "
                + "operation: Key \"missing.txt\" does not exist");
        assertThat(Files.exists(dir.resolve("local.txt"))).isFalse();
    }

    @Test
    void uploadsADirectoryWithFiltersAppliedInCommandOrder() throws IOException {
        file("site/a.txt", "1");
        file("site/b.log", "2");
        file("site/sub/c.txt", "3");
        file("site/sub/d.log", "4");
        file("site/sub-file.txt", "5");
        okPut();

        CommandResult r = s3.ok("s3 cp site s3://b/web --recursive --exclude '*' --include '*.txt'");
        assertThat(r.text()).isEqualTo("upload: site/a.txt to s3://b/web/a.txt\n"
                + "upload: site/sub-file.txt to s3://b/web/sub-file.txt\n"
                + "upload: site/sub/c.txt to s3://b/web/sub/c.txt\n");
        s3.wm.verify(3, putRequestedFor(anyUrl()));
    }

    @Test
    void aLaterExcludeWinsOverAnEarlierInclude() throws IOException {
        file("d/keep.txt", "1");
        file("d/skip.txt", "2");
        okPut();

        CommandResult r = s3.run("s3 cp d s3://b/ --recursive --include '*.txt' --exclude 'skip*'");

        assertThat(r.text()).isEqualTo("upload: d/keep.txt to s3://b/keep.txt\n");
    }

    @Test
    void skipsKeysThatClimbOutOfTheDestinationDirectory() throws IOException {
        s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200).withBody(S3Fixture.listing(false,
                null, new String[0], "p/../../evil.txt", "4", T1, "p/ok.txt", "2", T1))));
        s3.wm.stubFor(get(urlPathEqualTo("/b/p/ok.txt")).willReturn(aResponse().withStatus(200).withBody("ok")));

        CommandResult r = s3.run("s3 cp s3://b/p/ out --recursive");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.text()).isEqualTo("download: s3://b/p/ok.txt to out/ok.txt\n");
        assertThat(r.error().message()).isEqualTo("warning: Skipping file ../../evil.txt. File references a parent directory.");
        assertThat(Files.readString(dir.resolve("out/ok.txt"))).isEqualTo("ok");
        assertThat(Files.exists(dir.getParent().resolve("evil.txt"))).isFalse();
    }

    @Test
    void copiesBetweenBucketsWithAnEncodedCopySource() {
        s3.wm.stubFor(head(urlPathEqualTo("/src/a%20b%2Bc.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", "3").withHeader("Last-Modified", "Tue, 02 Jan 2024 03:04:05 GMT")));
        s3.wm.stubFor(put(urlPathEqualTo("/dst/a%20b%2Bc.txt")).willReturn(aResponse().withStatus(200).withBody(
                "<CopyObjectResult><ETag>\"e\"</ETag><LastModified>" + T1 + "</LastModified></CopyObjectResult>")));

        CommandResult r = s3.ok("s3 cp 's3://src/a b+c.txt' s3://dst/ --metadata k=v");
        assertThat(r.text()).isEqualTo("copy: s3://src/a b+c.txt to s3://dst/a b+c.txt\n");
        s3.wm.verify(putRequestedFor(urlPathEqualTo("/dst/a%20b%2Bc.txt"))
                .withHeader("x-amz-copy-source", equalTo("src/a%20b%2Bc.txt"))
                .withHeader("x-amz-metadata-directive", equalTo("REPLACE")).withHeader("x-amz-meta-k", equalTo("v")));
    }

    @Test
    void moveUploadsThenDeletesTheLocalFile() throws IOException {
        file("m.txt", "move me");
        okPut();

        CommandResult r = s3.ok("s3 mv m.txt s3://b/m.txt");
        assertThat(r.text()).isEqualTo("move: ./m.txt to s3://b/m.txt\n");
        assertThat(Files.exists(dir.resolve("m.txt"))).isFalse();
    }

    @Test
    void moveBetweenBucketsDeletesTheSourceObject() {
        s3.wm.stubFor(head(urlPathEqualTo("/src/k")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", "3").withHeader("Last-Modified", "Tue, 02 Jan 2024 03:04:05 GMT")));
        s3.wm.stubFor(put(urlPathEqualTo("/dst/k")).willReturn(aResponse().withStatus(200).withBody(
                "<CopyObjectResult><ETag>\"e\"</ETag></CopyObjectResult>")));
        s3.wm.stubFor(delete(urlPathEqualTo("/src/k")).willReturn(aResponse().withStatus(204)));

        CommandResult r = s3.run("s3 mv s3://src/k s3://dst/k");

        assertThat(r.text()).isEqualTo("move: s3://src/k to s3://dst/k\n");
        s3.wm.verify(deleteRequestedFor(urlPathEqualTo("/src/k")));
    }

    @Test
    void refusesToMoveAnObjectOntoItself() {
        CommandResult r = s3.run("s3 mv s3://b/k s3://b/");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("Cannot mv a file onto itself: s3://b/k - s3://b/.");
    }

    @Test
    void recursiveRemoveWithDryrunOnlyPrints() {
        s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200).withBody(S3Fixture.listing(false,
                null, new String[0], "logs/1.log", "1", T1, "logs/2.txt", "1", T1, "logs/3.log", "1", T1))));

        CommandResult r = s3.ok("s3 rm s3://b/logs/ --recursive --dryrun --exclude '*.txt'");
        assertThat(r.text()).isEqualTo("(dryrun) delete: s3://b/logs/1.log\n(dryrun) delete: s3://b/logs/3.log\n");
        s3.wm.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    void quietRemoveDeletesSilently() {
        s3.wm.stubFor(delete(urlPathEqualTo("/b/one")).willReturn(aResponse().withStatus(204)));

        CommandResult r = s3.run("s3 rm s3://b/one --quiet");

        assertThat(r.exitCode()).isZero();
        assertThat(r.text()).isEmpty();
        s3.wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aFailedUploadIsReportedAndTheOthersStillRun() throws IOException {
        file("up/a.txt", "a");
        file("up/b.txt", "b");
        s3.wm.stubFor(put(urlPathEqualTo("/b/a.txt")).willReturn(aResponse().withStatus(403)
                .withBody(S3Fixture.error("AccessDenied", "Access Denied"))));
        s3.wm.stubFor(put(urlPathEqualTo("/b/b.txt")).willReturn(aResponse().withStatus(200)));

        CommandResult r = s3.run("s3 cp up s3://b/ --recursive");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.text()).isEqualTo("upload: up/b.txt to s3://b/b.txt\n");
        assertThat(r.error().code()).isEqualTo("S3TransferFailed");
        assertThat(r.error().message()).isEqualTo("upload failed: up/a.txt to s3://b/a.txt An error occurred "
                + "(AccessDenied) when calling the PutObject operation: Access Denied");
    }

    @Test
    void syncUploadsNewAndChangedFilesAndDeletesRemovedOnes() throws IOException {
        Instant remote = Instant.parse(T1);
        Files.setLastModifiedTime(file("same.txt", "same"), FileTime.from(remote.minusSeconds(60)));
        Files.setLastModifiedTime(file("changed.txt", "longer now"), FileTime.from(remote.minusSeconds(60)));
        Files.setLastModifiedTime(file("newer.txt", "four"), FileTime.from(remote.plusSeconds(60)));
        file("new.txt", "n");
        s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200).withBody(S3Fixture.listing(false,
                null, new String[0], "changed.txt", "3", T1, "gone.txt", "1", T1, "newer.txt", "4", T1, "same.txt",
                "4", T1))));
        okPut();
        s3.wm.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));

        CommandResult r = s3.ok("s3 sync . s3://b --delete");
        assertThat(r.text()).isEqualTo("upload: ./changed.txt to s3://b/changed.txt\n"
                + "delete: s3://b/gone.txt\n"
                + "upload: ./new.txt to s3://b/new.txt\n"
                + "upload: ./newer.txt to s3://b/newer.txt\n");
        s3.wm.verify(deleteRequestedFor(urlPathEqualTo("/b/gone.txt")));
    }

    @Test
    void syncWithSizeOnlyIgnoresTimes() throws IOException {
        Files.setLastModifiedTime(file("newer.txt", "four"), FileTime.from(Instant.parse(T1).plusSeconds(60)));
        s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200).withBody(S3Fixture.listing(false,
                null, new String[0], "newer.txt", "4", T1))));

        CommandResult r = s3.run("s3 sync . s3://b/ --size-only");

        assertThat(r.exitCode()).isZero();
        assertThat(r.text()).isEmpty();
    }

    @Test
    void syncDownloadsAnOlderLocalFileOnlyWithExactTimestamps() throws IOException {
        Files.setLastModifiedTime(file("dl/f.txt", "four"), FileTime.from(Instant.parse(T1).minusSeconds(60)));
        s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200).withBody(S3Fixture.listing(false,
                null, new String[0], "f.txt", "4", T1, "extra/", "0", T1))));
        s3.wm.stubFor(get(urlPathEqualTo("/b/f.txt")).willReturn(aResponse().withStatus(200).withBody("FOUR")));

        assertThat(s3.run("s3 sync s3://b dl").text()).isEmpty();
        CommandResult exact = s3.run("s3 sync s3://b dl --exact-timestamps");

        assertThat(exact.text()).isEqualTo("download: s3://b/f.txt to dl/f.txt\n");
        assertThat(Files.readString(dir.resolve("dl/f.txt"))).isEqualTo("FOUR");
    }

    @Test
    void syncToLocalWithDeleteRemovesFilesMissingInS3() throws IOException {
        file("mirror/extra.txt", "x");
        s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200)
                .withBody(S3Fixture.listing(false, null, new String[0]))));

        CommandResult r = s3.run("s3 sync s3://b/ mirror --delete");

        assertThat(r.text()).isEqualTo("delete: mirror/extra.txt\n");
        assertThat(Files.exists(dir.resolve("mirror/extra.txt"))).isFalse();
    }

    @Test
    void streamsOneObjectToStandardOutputAndNothingElse() throws IOException {
        s3.wm.stubFor(head(urlPathEqualTo("/b/notes.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", "12")));
        s3.wm.stubFor(get(urlPathEqualTo("/b/notes.txt")).willReturn(aResponse().withStatus(200).withBody("line 1\nline 2")));

        CommandResult r = s3.ok("s3 cp s3://b/notes.txt -");

        assertThat(r.text()).isEqualTo("line 1\nline 2"); // no "download:" line, as the CLI streams
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty(); // no file named '-', no temporary file left in the working directory
        }
    }

    @Test
    void streamingRefusesWhatIsNotTextAndWhatTheCliRefuses() {
        s3.wm.stubFor(head(urlPathEqualTo("/b/img.bin")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Length", "3")));
        s3.wm.stubFor(get(urlPathEqualTo("/b/img.bin")).willReturn(aResponse().withStatus(200)
                .withBody(new byte[] {(byte) 0xff, (byte) 0xfe, 0})));
        s3.wm.stubFor(head(urlPathEqualTo("/b/missing.txt")).willReturn(aResponse().withStatus(404)));

        CommandResult binary = s3.run("s3 cp s3://b/img.bin -");
        CommandResult missing = s3.run("s3 cp s3://b/missing.txt -");
        CommandResult recursive = s3.run("s3 cp s3://b/dir/ - --recursive");
        CommandResult stdin = s3.run("s3 cp - s3://b/k");

        assertThat(binary.error().code()).isEqualTo("BinaryOutput");
        assertThat(binary.error().hint()).contains("Copy it to a file");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.error().message()).contains("Key \"missing.txt\" does not exist");
        assertThat(recursive.exitCode()).isEqualTo(255);
        assertThat(recursive.error().message()).isEqualTo("Streaming currently is only compatible with non-recursive cp commands");
        assertThat(stdin.error().code()).isEqualTo("UnsupportedArgument");
        assertThat(s3.wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/b/dir/")))).isEmpty();
    }

    @Test
    void refusesTwoLocalPaths() {
        CommandResult r = s3.run("s3 cp a.txt b.txt");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).contains("Invalid argument type");
    }

    @Test
    void reportsAMissingLocalSourceLikeTheCli() {
        CommandResult r = s3.run("s3 cp nope.txt s3://b/");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("The user-provided path nope.txt does not exist.");
        assertThat(s3.wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void reportsAnUnknownOptionWithTheValidOnes() {
        CommandResult r = s3.run("s3 cp a.txt s3://b/ --recursve --bogus");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("Unknown options: --recursve, --bogus.");
        assertThat(r.error().hint()).contains("--recursive");
    }

    @Test
    void acceptsAnUnambiguousOptionPrefix() throws IOException {
        file("pre/x.txt", "x");
        okPut();

        CommandResult r = s3.run("s3 cp pre s3://b/ --recur");

        assertThat(r.text()).isEqualTo("upload: pre/x.txt to s3://b/x.txt\n");
        s3.wm.verify(putRequestedFor(WireMock.urlPathEqualTo("/b/x.txt")));
    }

    @Test
    void skipsGlacierObjectsWithAWarningUnlessForced() {
        s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200).withBody(
                S3Fixture.listing(false, null, new String[0], "cold.txt", "4", T1).replace("STANDARD", "GLACIER"))));
        s3.wm.stubFor(get(urlPathEqualTo("/b/cold.txt")).willReturn(aResponse().withStatus(200).withBody("cold")));

        CommandResult warned = s3.run("s3 cp s3://b/ ice --recursive");
        CommandResult forced = s3.run("s3 cp s3://b/ ice --recursive --force-glacier-transfer");

        assertThat(warned.exitCode()).isEqualTo(2);
        assertThat(warned.error().message()).isEqualTo("warning: Skipping file s3://b/cold.txt. Object is of storage "
                + "class GLACIER. Unable to perform download operations on GLACIER objects. You must restore the object "
                + "to be able to perform the operation. See aws s3 download help for additional parameter options to "
                + "ignore or force these transfers.");
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.text()).isEqualTo("download: s3://b/cold.txt to ice/cold.txt\n");
    }

    @Test
    void onlyShowErrorsHidesSuccesses() throws IOException {
        file("o/a.txt", "a");
        file("o/b.txt", "b");
        s3.wm.stubFor(put(urlPathEqualTo("/b/a.txt")).willReturn(aResponse().withStatus(500)
                .withBody(S3Fixture.error("InternalError", "We encountered an internal error."))));
        s3.wm.stubFor(put(urlPathEqualTo("/b/b.txt")).willReturn(aResponse().withStatus(200)));

        CommandResult r = s3.run("s3 cp o s3://b/ --recursive --only-show-errors");

        assertThat(r.text()).isEmpty();
        assertThat(r.error().message()).startsWith("upload failed: o/a.txt to s3://b/a.txt An error occurred (InternalError)");
    }

    @Test
    void aFailedMoveKeepsTheLocalFile() throws IOException {
        file("keep.txt", "k");
        s3.wm.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(403)
                .withBody(S3Fixture.error("AccessDenied", "Access Denied"))));

        CommandResult r = s3.run("s3 mv keep.txt s3://b/");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.error().message()).startsWith("move failed: ./keep.txt to s3://b/keep.txt An error occurred (AccessDenied)");
        assertThat(Files.exists(dir.resolve("keep.txt"))).isTrue();
    }

    @Test
    void sendsTheCustomerKeyEncodedWithItsDigest() throws IOException {
        file("c.txt", "c");
        okPut();

        CommandResult r = s3.ok("s3 cp c.txt s3://b/ --sse-c AES256 --sse-c-key 01234567890123456789012345678901");
        s3.wm.verify(putRequestedFor(urlPathEqualTo("/b/c.txt"))
                .withHeader("x-amz-server-side-encryption-customer-algorithm", equalTo("AES256"))
                .withHeader("x-amz-server-side-encryption-customer-key",
                        equalTo("MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE="))
                .withHeader("x-amz-server-side-encryption-customer-key-MD5", WireMock.matching(".{24}")));
    }

    @Test
    void refusesACustomerKeyWithoutItsAlgorithm() throws IOException {
        file("c.txt", "c");

        CommandResult r = s3.run("s3 cp c.txt s3://b/ --sse-c-key k");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("It --sse-c-key is specified, --sse-c must be specified as well.");
    }
}
