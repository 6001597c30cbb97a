package dev.awsmcp;

import dev.awsmcp.command.WorkingDirectoryFiles;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.client.testing.MutableClock;
import dev.awsmcp.client.testing.RecordingSleeper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/** A facade over WireMock for {@code aws s3} tests: fake credentials, UTC times, a temporary working directory. */
final class S3Fixture implements AutoCloseable {
    final WireMockServer wm;
    final MutableClock clock = new MutableClock(Instant.parse("2025-01-02T03:04:05Z"));
    final Path dir;
    final String ep;
    final AwsMcp aws;

    S3Fixture(Path dir, CallGate gate, String region) {
        this(dir, gate, region, new WorkingDirectoryFiles(dir));
    }

    S3Fixture(Path dir, CallGate gate, String region, dev.awsmcp.command.FileReader files) {
        this.dir = dir;
        wm = FacadeHarness.startWireMock();
        ep = " " + FacadeHarness.endpointOptions(wm, region);
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDTEST", "test-secret");
        b.sleeper = new RecordingSleeper(clock);
        b.clock = clock;
        b.zone = ZoneOffset.UTC;
        b.maxAttempts(1);
        b.callGate(gate);
        b.fileReader(files);
        aws = b.build();
    }

    S3Fixture(Path dir) {
        this(dir, CallGate.ALLOW_ALL, "us-east-1");
    }

    /** Runs {@code aws <args>} against WireMock. */
    CommandResult run(String args) {
        return aws.execute("aws " + args + ep);
    }

    /** Runs {@code aws <args>} against WireMock and checks that it succeeded (the error, if any, in the message). */
    CommandResult ok(String args) {
        CommandResult r = run(args);
        org.assertj.core.api.Assertions.assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        return r;
    }

    @Override
    public void close() {
        aws.close();
        wm.stop();
    }

    /** A ListObjectsV2 page: {@code contents} as key,size,lastModified triples. */
    static String listing(boolean truncated, String next, String[] prefixes, String... contents) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult "
                + "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name><IsTruncated>" + truncated
                + "</IsTruncated>");
        if (next != null) {
            b.append("<NextContinuationToken>").append(next).append("</NextContinuationToken>");
        }
        for (int i = 0; i + 2 < contents.length; i += 3) {
            b.append("<Contents><Key>").append(contents[i]).append("</Key><LastModified>").append(contents[i + 2])
                    .append("</LastModified><ETag>\"e\"</ETag><Size>").append(contents[i + 1])
                    .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        for (String p : prefixes) {
            b.append("<CommonPrefixes><Prefix>").append(p).append("</Prefix></CommonPrefixes>");
        }
        return b.append("<EncodingType>url</EncodingType></ListBucketResult>").toString();
    }

    static String error(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                + "</Message><RequestId>R1</RequestId></Error>";
    }
}
