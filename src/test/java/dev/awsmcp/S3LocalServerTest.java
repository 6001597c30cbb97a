package dev.awsmcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.testing.LocalServer;
import dev.awsmcp.testing.LocalServerTest;
import dev.awsmcp.testing.ServerKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * S3 commands ({@code s3api}, REST-XML) through the facade against S3Mock. Expected texts are what AWS CLI 1.45
 * printed for the same commands against the same server, except timestamps.
 */
@LocalServerTest(ServerKind.S3MOCK)
class S3LocalServerTest {
    /** MD5 of "hello s3", the ETag S3 gives a single-part upload of it. */
    private static final String ETAG = "\"b60d991fa6dbd33863c7cec70d15dbac\"";

    @TempDir
    static Path workDir;
    private static AwsMcp aws;
    private static LocalServer s3;

    @BeforeAll
    static void createListingBucket(LocalServer server) throws Exception {
        s3 = server;
        aws = LocalServerFacade.create(workDir);
        Files.writeString(workDir.resolve("hello.txt"), "hello s3");
        createBucket("listing");
        for (String key : List.of("a", "b", "c", "d", "e")) {
            put("listing", "docs/" + key + ".txt");
        }
    }

    @AfterAll
    static void close() {
        aws.close();
    }

    @Test
    void createBucketPrintsItsLocation() {
        CommandResult r = run("aws s3api create-bucket --bucket created");

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.text()).isEqualTo("{\n    \"Location\": \"/created\"\n}\n");
    }

    @Test
    void putObjectUploadsAFileFromTheWorkingDirectory() throws Exception {
        createBucket("uploads");

        CommandResult put = run("aws s3api put-object --bucket uploads --key notes/hello.txt --body hello.txt"
                + " --content-type text/plain");
        assertThat(put.exitCode()).as(String.valueOf(put.error())).isZero();
        assertThat(put.json().get("ETag").asText()).isEqualTo(ETAG);

        Path out = workDir.resolve("downloaded.txt");
        CommandResult got = run("aws s3api get-object --bucket uploads --key notes/hello.txt " + out);
        assertThat(got.exitCode()).as(String.valueOf(got.error())).isZero();
        assertThat(Files.readString(out)).isEqualTo("hello s3");
        assertThat(got.json().has("Body")).isFalse();
        assertThat(got.json().get("ContentType").asText()).isEqualTo("text/plain");
        assertThat(got.json().get("ContentLength").asLong()).isEqualTo(8);
        assertThat(got.json().get("ETag").asText()).isEqualTo(ETAG);
    }

    @Test
    void userMetadataRoundTripsThroughPrefixHeaders() {
        createBucket("metadata");
        run("aws s3api put-object --bucket metadata --key tagged.txt --body hello.txt --metadata owner=ann,team=blue");

        CommandResult head = run("aws s3api head-object --bucket metadata --key tagged.txt"
                + " --query '{type: ContentType, meta: Metadata}'");

        assertThat(head.exitCode()).as(String.valueOf(head.error())).isZero();
        assertThat(head.json().toString())
                .isEqualTo("{\"type\":\"application/octet-stream\",\"meta\":{\"owner\":\"ann\",\"team\":\"blue\"}}");
    }

    @Test
    void listObjectsTruncatesToMaxItemsWithTheCliToken() {
        CommandResult r = run("aws s3api list-objects-v2 --bucket listing --max-items 2");

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(keys(r.json())).containsExactly("docs/a.txt", "docs/b.txt");
        assertThat(r.json().get("Contents").get(0).get("Size").asInt()).isEqualTo(8);
        assertThat(r.json().get("Contents").get(0).get("ETag").asText()).isEqualTo(ETAG);
        // put-object sent a CRC32 checksum, as the CLI does by default (request_checksum_calculation=when_supported)
        assertThat(r.json().get("Contents").get(0).get("ChecksumAlgorithm").toString()).isEqualTo("[\"CRC32\"]");
        assertThat(r.nextToken()).isEqualTo("eyJDb250aW51YXRpb25Ub2tlbiI6IG51bGwsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDJ9");
    }

    @Test
    void listObjectsPagesWithPageSizeAndResumesFromTheStartingToken() {
        CommandResult first = run("aws s3api list-objects-v2 --bucket listing --page-size 2 --max-items 3");
        assertThat(first.exitCode()).as(String.valueOf(first.error())).isZero();
        assertThat(keys(first.json())).containsExactly("docs/a.txt", "docs/b.txt", "docs/c.txt");
        // S3Mock's continuation token is the base64 of the last key of the page
        assertThat(decode(first.nextToken()))
                .isEqualTo("{\"ContinuationToken\": \"ZG9jcy9iLnR4dA==\", \"boto_truncate_amount\": 1}");

        CommandResult rest = run("aws s3api list-objects-v2 --bucket listing --page-size 2 --max-items 3"
                + " --starting-token " + first.nextToken());
        assertThat(rest.exitCode()).as(String.valueOf(rest.error())).isZero();
        assertThat(keys(rest.json())).containsExactly("docs/d.txt", "docs/e.txt");
        assertThat(rest.nextToken()).isNull();
    }

    @Test
    void mergedListingKeepsTheCliKeyOrder() {
        // botocore's paginator adds S3's non-aggregate keys (paginators-1.sdk-extras.json) after the result keys
        CommandResult r = run("aws s3api list-objects-v2 --bucket listing --max-items 2 --query 'keys(@)'");

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.json().toString()).isEqualTo("[\"Contents\",\"RequestCharged\",\"Prefix\",\"NextToken\"]");
    }

    @Test
    void keysNeedingUrlEncodingRoundTrip() {
        createBucket("encoded");
        assertThat(run("aws s3api put-object --bucket encoded --key 'sp ace/a+b%c&d=\u00e9.txt' --body hello.txt")
                .exitCode()).isZero();

        CommandResult decoded = run("aws s3api list-objects-v2 --bucket encoded --query 'Contents[].Key'");
        assertThat(decoded.exitCode()).as(String.valueOf(decoded.error())).isZero();
        assertThat(decoded.json().toString()).isEqualTo("[\"sp ace/a+b%c&d=\u00e9.txt\"]");

        // asked for explicitly, the CLI prints the keys as S3 sent them (botocore decodes only what it set itself)
        CommandResult encoded = run("aws s3api list-objects-v2 --bucket encoded --encoding-type url"
                + " --query 'Contents[].Key'");
        assertThat(encoded.json().toString()).isEqualTo("[\"sp%20ace/a%2Bb%25c%26d%3D%C3%A9.txt\"]");

        CommandResult head = run("aws s3api head-object --bucket encoded --key 'sp ace/a+b%c&d=\u00e9.txt'"
                + " --query ContentLength");
        assertThat(head.text()).isEqualTo("8\n");
    }

    @Test
    void emptyListingPrintsLikeTheCli() {
        CommandResult r = run("aws s3api list-objects-v2 --bucket listing --prefix nothing/");

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.text()).isEqualTo("{\n    \"RequestCharged\": null,\n    \"Prefix\": \"nothing/\"\n}\n");
    }

    @Test
    void deletedObjectIsGoneAndReportedLikeTheCli() {
        createBucket("deletions");
        put("deletions", "gone.txt");

        CommandResult deleted = run("aws s3api delete-object --bucket deletions --key gone.txt");
        assertThat(deleted.exitCode()).as(String.valueOf(deleted.error())).isZero();
        assertThat(deleted.text()).isEqualTo("{\n    \"DeleteMarker\": false\n}\n");

        CommandResult missing = run("aws s3api get-object --bucket deletions --key gone.txt "
                + workDir.resolve("never-written.txt"));
        assertThat(missing.exitCode()).isEqualTo(255);
        assertThat(missing.error().message()).isEqualTo("An error occurred (NoSuchKey) when calling the GetObject "
                + "operation: The specified key does not exist.");
        assertThat(Files.exists(workDir.resolve("never-written.txt"))).isFalse();
    }

    @Test
    void outfileInAMissingDirectoryFailsOnceLikeTheCli() {
        Path out = workDir.resolve("no-such-dir").resolve("a.txt");

        CommandResult r = run("aws s3api get-object --bucket listing --key docs/a.txt " + out);

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("[Errno 2] No such file or directory: '" + out + "'");
        assertThat(r.error().code()).isEqualTo("OutputFileError");
        assertThat(Files.exists(out.getParent())).isFalse();
    }

    @Test
    void headOfAMissingObjectReportsTheBareStatusLikeTheCli() {
        CommandResult r = run("aws s3api head-object --bucket listing --key missing.txt");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("An error occurred (404) when calling the HeadObject operation: "
                + "Not Found");
    }

    @Test
    void bucketMustBeEmptyBeforeItIsDeleted() {
        createBucket("doomed");
        put("doomed", "last.txt");

        CommandResult notEmpty = run("aws s3api delete-bucket --bucket doomed");
        assertThat(notEmpty.exitCode()).isEqualTo(255);
        assertThat(notEmpty.error().message()).isEqualTo("An error occurred (BucketNotEmpty) when calling the "
                + "DeleteBucket operation: The bucket you tried to delete is not empty.");

        assertThat(run("aws s3api delete-object --bucket doomed --key last.txt").exitCode()).isZero();
        CommandResult deleted = run("aws s3api delete-bucket --bucket doomed");
        assertThat(deleted.exitCode()).as(String.valueOf(deleted.error())).isZero();
        assertThat(deleted.text()).isEmpty();

        CommandResult gone = run("aws s3api list-objects-v2 --bucket doomed");
        assertThat(gone.exitCode()).isEqualTo(255);
        assertThat(gone.error().code()).isEqualTo("NoSuchBucket");
        assertThat(gone.error().message()).isEqualTo("An error occurred (NoSuchBucket) when calling the "
                + "ListObjectsV2 operation: The specified bucket does not exist.");
        assertThat(gone.httpStatus()).isEqualTo(404);
    }

    private static void createBucket(String bucket) {
        CommandResult r = run("aws s3api create-bucket --bucket " + bucket);
        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
    }

    private static void put(String bucket, String key) {
        CommandResult r = run("aws s3api put-object --bucket " + bucket + " --key " + key + " --body hello.txt");
        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
    }

    private static List<String> keys(JsonNode listing) {
        List<String> keys = new ArrayList<>();
        listing.get("Contents").forEach(object -> keys.add(object.get("Key").asText()));
        return keys;
    }

    private static String decode(String token) {
        return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
    }

    private static CommandResult run(String command) {
        return aws.execute(command + " " + s3.cliOptions());
    }
}
