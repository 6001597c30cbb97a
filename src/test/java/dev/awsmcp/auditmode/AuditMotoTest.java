package dev.awsmcp.auditmode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.engine.AuditTrailSink;
import dev.awsmcp.testing.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The security and cost packs against a real AWS emulator (needs moto: {@code python3 -m moto.server}), seeded
 * with misconfigured resources and their clean twins: each misconfiguration is a FAIL on its resource, each twin a
 * PASS, and the audit trail holds only reads.
 */
class AuditMotoTest {
    private static MotoServer moto;
    private static AuditResult result;
    private static final List<String> TRAIL = new CopyOnWriteArrayList<>();
    private static String openSg;
    private static String closedSg;
    private static String plainVolume;
    private static String encryptedVolume;
    private static String rotatedKey;
    private static String staticKey;

    static AwsMcp facade(boolean readOnly, AuditTrail trail) {
        var b = AwsMcp.builder().region("us-east-1").readOnly(readOnly)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")));
        if (trail != null) {
            b.auditSink(new AuditTrailSink(trail));
        }
        return b.build();
    }

    private static String run(AwsMcp aws, String command) {
        CommandResult r = aws.execute(command + " --endpoint-url " + moto.endpoint());
        assertThat(r.ok()).as(command + ": " + r.error()).isTrue();
        return r.json() == null ? "" : r.json().toString();
    }

    @BeforeAll
    static void seedAndAudit() throws Exception {
        moto = MotoServer.start();
        ObjectMapper json = new ObjectMapper();
        try (AwsMcp aws = facade(false, null)) {
            run(aws, "aws s3api create-bucket --bucket exposed-bucket");
            run(aws, "aws s3api put-bucket-policy --bucket exposed-bucket --policy '{\"Version\":\"2012-10-17\","
                    + "\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                    + "\"Resource\":\"arn:aws:s3:::exposed-bucket/*\"}]}'");
            run(aws, "aws s3api create-bucket --bucket careful-bucket");
            run(aws, "aws s3api put-bucket-versioning --bucket careful-bucket --versioning-configuration Status=Enabled");
            run(aws, "aws s3api put-public-access-block --bucket careful-bucket --public-access-block-configuration "
                    + "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true");
            run(aws, "aws s3api put-bucket-encryption --bucket careful-bucket --server-side-encryption-configuration "
                    + "'{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"aws:kms\"}}]}'");
            run(aws, "aws s3api put-bucket-policy --bucket careful-bucket --policy '{\"Version\":\"2012-10-17\","
                    + "\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":"
                    + "\"arn:aws:s3:::careful-bucket/*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}'");
            openSg = json.readTree(run(aws, "aws ec2 create-security-group --group-name open-ssh --description open"))
                    .path("GroupId").asText();
            run(aws, "aws ec2 authorize-security-group-ingress --group-id " + openSg + " --protocol tcp --port 22 --cidr 0.0.0.0/0");
            closedSg = json.readTree(run(aws, "aws ec2 create-security-group --group-name office-ssh --description office"))
                    .path("GroupId").asText();
            run(aws, "aws ec2 authorize-security-group-ingress --group-id " + closedSg + " --protocol tcp --port 22 --cidr 10.0.0.0/8");
            plainVolume = json.readTree(run(aws, "aws ec2 create-volume --size 8 --availability-zone us-east-1a "
                    + "--volume-type gp2")).path("VolumeId").asText();
            encryptedVolume = json.readTree(run(aws, "aws ec2 create-volume --size 8 --availability-zone us-east-1a "
                    + "--volume-type gp3 --encrypted")).path("VolumeId").asText();
            run(aws, "aws iam create-user --user-name admin-policy-user");
            run(aws, "aws iam create-policy --policy-name everything --policy-document '{\"Version\":\"2012-10-17\","
                    + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}'");
            run(aws, "aws iam create-policy --policy-name read-s3 --policy-document '{\"Version\":\"2012-10-17\","
                    + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}'");
            run(aws, "aws iam update-account-password-policy --minimum-password-length 8");
            run(aws, "aws rds create-db-instance --db-instance-identifier careful-db --db-instance-class db.t3.micro "
                    + "--engine postgres --master-username u --master-user-password password123 --allocated-storage 20 "
                    + "--storage-encrypted --no-publicly-accessible --backup-retention-period 7");
            run(aws, "aws rds create-db-instance --db-instance-identifier exposed-db --db-instance-class db.t3.micro "
                    + "--engine postgres --master-username u --master-user-password password123 --allocated-storage 20 "
                    + "--publicly-accessible --backup-retention-period 0");
            run(aws, "aws s3api create-bucket --bucket trail-logs");
            run(aws, "aws cloudtrail create-trail --name careful-trail --s3-bucket-name trail-logs "
                    + "--is-multi-region-trail --enable-log-file-validation "
                    + "--kms-key-id arn:aws:kms:us-east-1:123456789012:key/0000");
            run(aws, "aws cloudtrail start-logging --name careful-trail");
            run(aws, "aws cloudtrail create-trail --name sloppy-trail --s3-bucket-name trail-logs");
            rotatedKey = json.readTree(run(aws, "aws kms create-key")).path("KeyMetadata").path("KeyId").asText();
            run(aws, "aws kms enable-key-rotation --key-id " + rotatedKey);
            staticKey = json.readTree(run(aws, "aws kms create-key")).path("KeyMetadata").path("KeyId").asText();
        }
        AuditTrail trail = AuditTrail.builder().sink((r, line) -> TRAIL.add(line)).build();
        try (AwsMcp aws = facade(true, trail)) {
            List<Check> checks = new ArrayList<>(new CheckLoader().bundled("security"));
            checks.addAll(new CheckLoader().bundled("cost"));
            // the emulator is reached through the environment the facade reads, as a user's AWS_ENDPOINT_URL
            result = new AuditRunner(endpointed(aws), AuditRunner.Limits.DEFAULTS, Clock.systemUTC()).run(checks,
                    List.of(new AuditRunner.Target("123456789012", null, "us-east-1", null, null)),
                    ExecutionContext.defaults());
        }
    }

    /** The facade with --endpoint-url appended to every command, pointing it at moto. */
    private static AwsMcp endpointed(AwsMcp aws) {
        return new AwsMcp() {
            @Override
            public CommandResult execute(String command, ExecutionContext context) {
                return aws.execute(command + " --endpoint-url " + moto.endpoint(), context);
            }

            @Override
            public void close() {
            }
        };
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    private static FindingStatus status(String check, String resource) {
        return result.findings().stream().filter(f -> f.check().id().equals(check) && f.resourceId().equals(resource))
                .map(Finding::status).findFirst().orElseThrow(() -> new AssertionError("no finding for " + check
                        + " on " + resource + "; findings of the check: " + result.findings().stream()
                        .filter(f -> f.check().id().equals(check)).map(f -> f.resourceId() + "=" + f.status()).toList()));
    }

    @Test
    void s3MisconfigurationsFailAndTheirTwinsPass() {
        assertThat(status("s3-bucket-policy-not-public", "exposed-bucket")).isEqualTo(FindingStatus.FAIL);
        assertThat(status("s3-bucket-policy-not-public", "careful-bucket")).isEqualTo(FindingStatus.PASS);
        assertThat(status("s3-bucket-versioning", "exposed-bucket")).isEqualTo(FindingStatus.FAIL);
        assertThat(status("s3-bucket-versioning", "careful-bucket")).isEqualTo(FindingStatus.PASS);
        assertThat(status("s3-bucket-public-access-block", "exposed-bucket")).isEqualTo(FindingStatus.FAIL);
        assertThat(status("s3-bucket-public-access-block", "careful-bucket")).isEqualTo(FindingStatus.PASS);
        assertThat(status("s3-bucket-default-encryption", "careful-bucket")).isEqualTo(FindingStatus.PASS);
        assertThat(status("s3-bucket-requires-tls", "careful-bucket")).isEqualTo(FindingStatus.PASS);
        assertThat(status("s3-bucket-requires-tls", "exposed-bucket")).isEqualTo(FindingStatus.FAIL);
    }

    @Test
    void networkAndEncryptionMisconfigurationsFailOnTheRightResource() {
        assertThat(status("ec2-sg-no-ssh-from-anywhere-ipv4", openSg)).isEqualTo(FindingStatus.FAIL);
        assertThat(status("ec2-sg-no-ssh-from-anywhere-ipv4", closedSg)).isEqualTo(FindingStatus.PASS);
        assertThat(status("ebs-volume-encrypted", plainVolume)).isEqualTo(FindingStatus.FAIL);
        assertThat(status("ebs-volume-encrypted", encryptedVolume)).isEqualTo(FindingStatus.PASS);
        assertThat(status("cost-gp2-volumes", plainVolume)).isEqualTo(FindingStatus.FAIL);
        assertThat(status("cost-gp2-volumes", encryptedVolume)).isEqualTo(FindingStatus.PASS);
        assertThat(status("cost-ebs-unattached", plainVolume)).isEqualTo(FindingStatus.FAIL);
        assertThat(status("ebs-default-encryption", "123456789012")).isEqualTo(FindingStatus.FAIL);
    }

    @Test
    void rdsCloudTrailAndKmsMisconfigurationsFailAndTheirTwinsPass() {
        for (String check : List.of("rds-not-public", "rds-storage-encrypted", "rds-backups-enabled")) {
            assertThat(status(check, "exposed-db")).as(check).isEqualTo(FindingStatus.FAIL);
            assertThat(status(check, "careful-db")).as(check).isEqualTo(FindingStatus.PASS);
        }
        for (String check : List.of("cloudtrail-log-file-validation", "cloudtrail-kms-encryption", "cloudtrail-logging")) {
            assertThat(status(check, "sloppy-trail")).as(check).isEqualTo(FindingStatus.FAIL);
            assertThat(status(check, "careful-trail")).as(check).isEqualTo(FindingStatus.PASS);
        }
        assertThat(status("cloudtrail-multi-region", "123456789012")).isEqualTo(FindingStatus.PASS);
        assertThat(status("kms-key-rotation", rotatedKey)).isEqualTo(FindingStatus.PASS);
        assertThat(status("kms-key-rotation", staticKey)).isEqualTo(FindingStatus.FAIL);
    }

    @Test
    void iamMisconfigurationsFail() {
        assertThat(status("iam-policy-no-full-admin", "everything")).isEqualTo(FindingStatus.FAIL);
        assertThat(status("iam-policy-no-full-admin", "read-s3")).isEqualTo(FindingStatus.PASS);
        assertThat(status("iam-password-policy-length", "123456789012")).isEqualTo(FindingStatus.FAIL);
        assertThat(status("iam-root-mfa", "123456789012")).isEqualTo(FindingStatus.FAIL);
        Finding length = result.findings().stream().filter(f -> f.check().id().equals("iam-password-policy-length"))
                .findFirst().orElseThrow();
        assertThat(length.evidence().value().asInt()).isEqualTo(8);
        assertThat(length.evidence().command()).contains("get-account-password-policy");
    }

    @Test
    void theAuditTrailHoldsOnlyReadsEachTaggedWithItsCheck() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(TRAIL).isNotEmpty();
        for (String line : TRAIL) {
            JsonNode r = json.readTree(line);
            assertThat(r.path("accessLevel").asText()).as(line).isIn("List", "Read");
            assertThat(r.path("tool").asText()).as(line).startsWith("audit:");
            assertThat(r.path("decision").asText()).isEqualTo("allow");
        }
        // s3-bucket-versioning and s3-bucket-mfa-delete share their GetBucketVersioning calls (one call per bucket):
        // the line carries the tag of whichever check asked first
        assertThat(TRAIL).anyMatch(l -> l.contains("\"operation\":\"GetBucketVersioning\"")
                && (l.contains("\"tool\":\"audit:s3-bucket-versioning\"")
                || l.contains("\"tool\":\"audit:s3-bucket-mfa-delete\"")));
    }

    @Test
    void anErrorIsNeverCountedAsAPass() {
        // the emulator answers 500 to ListAnalyzers
        assertThat(result.findings()).filteredOn(f -> f.check().id().equals("iam-access-analyzer-enabled"))
                .extracting(Finding::status).containsOnly(FindingStatus.ERROR);
    }

    @Test
    void theReportsAreWrittenAndTheSarifValidatesAgainstTheSchema(@TempDir Path dir) throws Exception {
        List<Path> files = AuditReports.write(result, new AuditRequest(List.of("security", "cost"), List.of(), null,
                "us-east-1", null, null, null, null, null, Severity.LOW).scope(), dir, List.of("json", "html", "sarif", "csv"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("report.json", "report.html", "report.sarif", "report.csv");
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.path("schemaVersion").asText()).isEqualTo(JsonReport.SCHEMA_VERSION);
        assertThat(report.path("summary").path("byStatus").path("FAIL").asInt()).isGreaterThan(5);
        JsonNode f = report.path("findings").get(0);
        for (String field : List.of("checkId", "title", "severity", "status", "account", "region", "resourceId",
                "evidence", "remediation", "references")) {
            assertThat(f.has(field)).as(field).isTrue();
        }
        assertThat(Files.readString(dir.resolve("report.csv"))).startsWith("checkId,title,severity,status")
                .contains("exposed-bucket");
        SarifSchema.assertValid(dir.resolve("report.sarif"));
    }
}
