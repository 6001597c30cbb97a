package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@code aws s3 ls}, {@code mb}, {@code rb}, {@code website} and {@code presign} against WireMock. */
class S3ListAndBucketWireMockTest extends S3WireMockTestBase {
    @Test
    void listsBucketsWithTheirCreationTimes() {
        s3.wm.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withStatus(200).withBody(
                "<ListAllMyBucketsResult><Buckets><Bucket><Name>alpha</Name><CreationDate>2024-03-04T05:06:07.000Z"
                        + "</CreationDate></Bucket><Bucket><Name>beta</Name><CreationDate>2023-12-31T23:59:59.000Z"
                        + "</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>")));

        CommandResult r = s3.ok("s3 ls");
        assertThat(r.text()).isEqualTo("2024-03-04 05:06:07 alpha\n2023-12-31 23:59:59 beta\n");
        assertThat(r.service()).isEqualTo("s3");
        assertThat(r.operation()).isEqualTo("ls");
    }

    @Test
    void listsPrefixesAndObjectsInTheCliLayout() {
        s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200).withBody(S3Fixture.listing(false,
                null, new String[] {"logs/sub/"}, "logs/a.txt", "5", "2024-01-02T03:04:05.000Z", "logs/big.bin",
                "1234567890123", "2024-11-30T22:00:00.000Z"))));

        CommandResult r = s3.ok("s3 ls s3://b/logs/");
        assertThat(r.text()).isEqualTo(
                "                           PRE sub/\n"
                        + "2024-01-02 03:04:05          5 a.txt\n"
                        + "2024-11-30 22:00:00 1234567890123 big.bin\n");
        s3.wm.verify(getRequestedFor(urlPathEqualTo("/b")).withQueryParam("list-type", equalTo("2"))
                .withQueryParam("prefix", equalTo("logs/")).withQueryParam("delimiter", equalTo("/"))
                .withQueryParam("encoding-type", equalTo("url")));
    }

    @Test
    void listsRecursivelyWithHumanSizesAndASummary() {
        s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200).withBody(S3Fixture.listing(false,
                null, new String[0], "a/one.txt", "1", "2024-01-02T03:04:05.000Z", "a/b/two%20words.txt", "1536",
                "2024-01-02T03:04:06.000Z"))));

        CommandResult r = s3.ok("s3 ls s3://b --recursive --human-readable --summarize");
        assertThat(r.text()).isEqualTo(
                "2024-01-02 03:04:05     1 Byte a/one.txt\n"
                        + "2024-01-02 03:04:06    1.5 KiB a/b/two words.txt\n"
                        + "\nTotal Objects: 2\n   Total Size: 1.5 KiB\n");
        s3.wm.verify(getRequestedFor(urlPathEqualTo("/b")).withoutQueryParam("delimiter"));
    }

    @Test
    void followsContinuationTokensAcrossPages() {
        s3.wm.stubFor(get(urlPathEqualTo("/b")).withQueryParam("continuation-token", WireMock.absent())
                .willReturn(aResponse().withStatus(200).withBody(S3Fixture.listing(true, "tok2", new String[0],
                        "k1", "1", "2024-01-02T03:04:05.000Z"))));
        s3.wm.stubFor(get(urlPathEqualTo("/b")).withQueryParam("continuation-token", equalTo("tok2"))
                .willReturn(aResponse().withStatus(200).withBody(S3Fixture.listing(false, null, new String[0],
                        "k2", "2", "2024-01-02T03:04:05.000Z"))));

        CommandResult r = s3.run("s3 ls s3://b/ --page-size 1");

        assertThat(r.text()).isEqualTo("2024-01-02 03:04:05          1 k1\n2024-01-02 03:04:05          2 k2\n");
        s3.wm.verify(2, getRequestedFor(urlPathEqualTo("/b")).withQueryParam("max-keys", equalTo("1")));
    }

    @Test
    void exitsOneWhenAKeyMatchesNothing() {
        s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200)
                .withBody(S3Fixture.listing(false, null, new String[0]))));

        CommandResult r = s3.run("s3 ls s3://b/nothing-here");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.text()).isEmpty();
        assertThat(r.error().code()).isEqualTo("NoMatchingObjects");
    }

    @Test
    void anEmptyBucketListingIsNotAnError() {
        s3.wm.stubFor(get(urlPathEqualTo("/b")).willReturn(aResponse().withStatus(200)
                .withBody(S3Fixture.listing(false, null, new String[0]))));

        assertThat(s3.run("s3 ls s3://b").exitCode()).isZero();
    }

    @Test
    void reportsAMissingBucketWithTheCliMessageAndExit254() {
        s3.wm.stubFor(get(urlPathEqualTo("/nope")).willReturn(aResponse().withStatus(404)
                .withHeader("x-amz-request-id", "REQ1")
                .withBody(S3Fixture.error("NoSuchBucket", "The specified bucket does not exist"))));

        CommandResult r = s3.run("s3 ls s3://nope/");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("NoSuchBucket");
        assertThat(r.error().message()).isEqualTo("An error occurred (NoSuchBucket) when calling the ListObjectsV2 "
                + "operation: The specified bucket does not exist");
        assertThat(r.requestIds()).containsExactly("R1");
    }

    @Test
    void makesABucketWithoutLocationConstraintInUsEast1() {
        s3.wm.stubFor(put(urlPathEqualTo("/new-bucket")).willReturn(aResponse().withStatus(200)));

        CommandResult r = s3.ok("s3 mb s3://new-bucket");
        assertThat(r.text()).isEqualTo("make_bucket: new-bucket\n");
        s3.wm.verify(putRequestedFor(urlPathEqualTo("/new-bucket")).withRequestBody(WireMock.absent()));
    }

    @Test
    void makesABucketWithLocationConstraintAndTagsElsewhere() {
        try (S3Fixture eu = new S3Fixture(dir, CallGate.ALLOW_ALL, "eu-west-1")) {
            eu.wm.stubFor(put(urlPathEqualTo("/eu-bucket")).willReturn(aResponse().withStatus(200)));

            eu.ok("s3 mb s3://eu-bucket --tags team data");

            eu.wm.verify(putRequestedFor(urlPathEqualTo("/eu-bucket"))
                    .withRequestBody(containing("<LocationConstraint>eu-west-1</LocationConstraint>"))
                    .withRequestBody(containing("<Key>team</Key>")));
        }
    }

    @Test
    void reportsAFailedMakeBucketLikeTheCli() {
        s3.wm.stubFor(put(urlPathEqualTo("/taken")).willReturn(aResponse().withStatus(409).withBody(
                S3Fixture.error("BucketAlreadyExists", "The requested bucket name is not available."))));

        CommandResult r = s3.run("s3 mb s3://taken");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.text()).isEmpty();
        assertThat(r.error().message()).isEqualTo("make_bucket failed: s3://taken An error occurred "
                + "(BucketAlreadyExists) when calling the CreateBucket operation: The requested bucket name is not available.");
    }

    @Test
    void refusesMakeBucketWithoutS3Scheme() {
        CommandResult r = s3.run("s3 mb plain-name");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).contains("Invalid argument type");
        assertThat(s3.wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void removesABucketAfterEmptyingItWithForce() {
        s3.wm.stubFor(get(urlPathEqualTo("/old")).willReturn(aResponse().withStatus(200).withBody(S3Fixture.listing(
                false, null, new String[0], "x.txt", "3", "2024-01-02T03:04:05.000Z", "dir/", "0",
                "2024-01-02T03:04:05.000Z"))));
        s3.wm.stubFor(delete(WireMock.urlPathMatching("/old.*")).willReturn(aResponse().withStatus(204)));

        CommandResult r = s3.ok("s3 rb s3://old --force");
        assertThat(r.text()).isEqualTo("delete: s3://old/x.txt\ndelete: s3://old/dir/\nremove_bucket: old\n");
        s3.wm.verify(deleteRequestedFor(urlPathEqualTo("/old/x.txt")));
        s3.wm.verify(deleteRequestedFor(urlPathEqualTo("/old/dir/")));
        s3.wm.verify(deleteRequestedFor(urlPathEqualTo("/old")));
    }

    @Test
    void refusesToRemoveABucketWithAKey() {
        CommandResult r = s3.run("s3 rb s3://old/key");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("Please specify a valid bucket name only. E.g. s3://old");
    }

    @Test
    void configuresAWebsite() {
        s3.wm.stubFor(put(urlPathEqualTo("/site")).willReturn(aResponse().withStatus(200)));

        CommandResult r = s3.ok("s3 website s3://site/ --index-document index.html --error-document err.html");
        assertThat(r.text()).isEmpty();
        s3.wm.verify(putRequestedFor(urlPathEqualTo("/site")).withQueryParam("website", WireMock.matching(".*"))
                .withRequestBody(containing("<IndexDocument><Suffix>index.html</Suffix></IndexDocument>"))
                .withRequestBody(containing("<ErrorDocument><Key>err.html</Key></ErrorDocument>")));
    }

    @Test
    void presignsAGetWithSigV4QueryParameters() {
        CommandResult r = s3.ok("s3 presign 's3://b/dir/file name.txt' --expires-in 600");
        URI url = URI.create(r.text().strip());
        assertThat(url.getPath()).isEqualTo("/b/dir/file name.txt");
        assertThat(url.getRawQuery()).contains("X-Amz-Algorithm=AWS4-HMAC-SHA256")
                .contains("X-Amz-Credential=AKIDTEST%2F20250102%2Fus-east-1%2Fs3%2Faws4_request")
                .contains("X-Amz-Date=20250102T030405Z").contains("X-Amz-Expires=600")
                .contains("X-Amz-SignedHeaders=host").containsPattern("X-Amz-Signature=[0-9a-f]{64}");
        assertThat(r.text()).endsWith("\n");
        assertThat(s3.wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void presignDefaultsToAnHour() {
        CommandResult r = s3.run("s3 presign s3://b/k");

        assertThat(r.text()).contains("X-Amz-Expires=3600");
    }

    @Test
    void refusesAnExpiryBeyondSevenDays() {
        CommandResult r = s3.run("s3 presign s3://b/k --expires-in 604801");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("InvalidExpiry");
    }
}
