package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.engine.PolicyGate;
import dev.awsmcp.policy.Classifier;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code aws cloudtrail validate-logs} through the whole facade against a WireMock CloudTrail and S3 holding a chain
 * of digests signed with a throwaway RSA key. The texts are AWS CLI 1.45.11's for the same chain
 * ({@code bench/custom/validate_logs.py} compares the two tools on 15 cases: all identical).
 */
class CloudTrailValidateLogsWireMockTest {
    private static final String ACCOUNT = "123456789012";
    private static final String TRAIL_ARN = "arn:aws:cloudtrail:us-east-1:" + ACCOUNT + ":trail/Trail1";
    private static final String BUCKET = "trail-bucket";
    private static final String[] HOURS = {"20261201T100000Z", "20261201T110000Z", "20261201T120000Z"};

    private WireMockServer wm;
    private KeyPair keys;
    private final Map<String, byte[]> objects = new TreeMap<>();
    private final Map<String, String> signatures = new TreeMap<>();

    @BeforeEach
    void start() throws Exception {
        wm = FacadeHarness.startWireMock();
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        keys = g.generateKeyPair();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private static String digestKey(String stamp) {
        return "AWSLogs/" + ACCOUNT + "/CloudTrail-Digest/us-east-1/2026/12/01/" + ACCOUNT
                + "_CloudTrail-Digest_us-east-1_Trail1_us-east-1_" + stamp + ".json.gz";
    }

    private static String logKey(int i) {
        return "AWSLogs/" + ACCOUNT + "/CloudTrail/us-east-1/2026/12/01/log" + i + ".json.gz";
    }

    /** Three hourly digests chained to each other, one log file each; {@code tamperLog} changes log 1's bytes. */
    private void chain(boolean tamperLog, boolean badSignature) throws Exception {
        String previousKey = null;
        String previousSignature = null;
        for (int i = 0; i < HOURS.length; i++) {
            String stamp = HOURS[i];
            String end = "2026-12-01T" + stamp.substring(9, 11) + ":00:00Z";
            String start = "2026-12-01T" + String.format("%02d", Integer.parseInt(stamp.substring(9, 11)) - 1) + ":00:00Z";
            byte[] log = ("{\"Records\":[{\"eventName\":\"E" + i + "\"}]}").getBytes(StandardCharsets.UTF_8);
            objects.put(logKey(i), gzip(tamperLog && i == 1 ? (new String(log, StandardCharsets.UTF_8) + " ")
                    .getBytes(StandardCharsets.UTF_8) : log));
            String key = digestKey(stamp);
            ObjectNode d = FacadeHarness.JSON.createObjectNode();
            d.put("awsAccountId", ACCOUNT).put("digestStartTime", start).put("digestEndTime", end)
                    .put("digestS3Bucket", BUCKET).put("digestS3Object", key).put("digestPublicKeyFingerprint", "fp1")
                    .put("digestSignatureAlgorithm", "SHA256withRSA");
            if (previousKey == null) {
                d.putNull("previousDigestS3Bucket").putNull("previousDigestS3Object").putNull("previousDigestSignature");
            } else {
                d.put("previousDigestS3Bucket", BUCKET).put("previousDigestS3Object", previousKey)
                        .put("previousDigestSignature", previousSignature);
            }
            d.putArray("logFiles").addObject().put("s3Bucket", BUCKET).put("s3Object", logKey(i))
                    .put("hashValue", hex(MessageDigest.getInstance("SHA-256").digest(log)))
                    .put("hashAlgorithm", "SHA-256");
            byte[] raw = FacadeHarness.JSON.writeValueAsBytes(d);
            String toSign = end + "\n" + BUCKET + "/" + key + "\n" + hex(MessageDigest.getInstance("SHA-256").digest(raw))
                    + "\n" + (previousSignature == null ? "null" : previousSignature);
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(toSign.getBytes(StandardCharsets.UTF_8));
            String signature = hex(s.sign());
            objects.put(key, gzip(raw));
            signatures.put(key, badSignature && i == HOURS.length - 1 ? "00" + signature.substring(2) : signature);
            previousKey = key;
            previousSignature = signature;
        }
        serve();
    }

    private void serve() {
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("DescribeTrails")).willReturn(json(
                "{\"trailList\":[{\"Name\":\"Trail1\",\"TrailARN\":\"" + TRAIL_ARN + "\",\"S3BucketName\":\"" + BUCKET
                        + "\"}]}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("ListPublicKeys")).willReturn(json(
                "{\"PublicKeyList\":[{\"Fingerprint\":\"fp1\",\"Value\":\"" + Base64.getEncoder().encodeToString(
                        pkcs1((RSAPublicKey) keys.getPublic())) + "\"}]}")));
        wm.stubFor(get(urlEqualTo("/" + BUCKET + "?location")).willReturn(aResponse().withStatus(200)
                .withBody("<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>")));
        StringBuilder contents = new StringBuilder();
        objects.keySet().forEach(k -> contents.append("<Contents><Key>").append(k).append("</Key></Contents>"));
        wm.stubFor(get(urlPathEqualTo("/" + BUCKET)).atPriority(10).willReturn(aResponse().withStatus(200).withBody(
                "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" + BUCKET
                        + "</Name><IsTruncated>false</IsTruncated>" + contents + "</ListBucketResult>")));
        objects.forEach((key, body) -> {
            ResponseDefinitionBuilder r = aResponse().withStatus(200).withBody(body);
            if (signatures.containsKey(key)) {
                r = r.withHeader("x-amz-meta-signature", signatures.get(key))
                        .withHeader("x-amz-meta-signature-algorithm", "SHA256withRSA");
            }
            wm.stubFor(get(urlEqualTo("/" + BUCKET + "/" + key)).willReturn(r));
        });
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    private CommandResult validate(String args, boolean readOnly) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        // validation.py's S3 clients take no --endpoint-url; the S3 endpoint setting reaches them
        b.environment = TestEnvironment.of(Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:" + wm.port()), "");
        if (readOnly) {
            b.callGate(PolicyGate.of(PolicyEngine.of(PolicySettings.defaults().withReadOnly(true), Classifier.bundled(),
                    null)));
        }
        try (AwsMcp aws = b.build()) {
            return aws.execute("aws cloudtrail validate-logs --trail-arn " + TRAIL_ARN + " " + args + " "
                    + FacadeHarness.endpointOptions(wm, "us-east-1"));
        }
    }

    private static final String RANGE = "--start-time 2026-12-01T09:00:00Z --end-time 2026-12-01T12:30:00Z";

    @Test
    void aWholeChainIsValidAndTheSummarySaysSoEvenInReadOnlyMode() throws Exception {
        chain(false, false);

        CommandResult r = validate(RANGE, true);

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).isEqualTo("Validating log files for trail " + TRAIL_ARN + " between 2026-12-01T09:00:00Z "
                + "and 2026-12-01T12:30:00Z\n\nResults requested for 2026-12-01T09:00:00Z to 2026-12-01T12:30:00Z\n"
                + "Results found for 2026-12-01T09:00:00Z to 2026-12-01T12:00:00Z:\n\n3/3 digest files valid\n"
                + "3/3 log files valid\n");
    }

    @Test
    void verboseListsEachFileNewestFirst() throws Exception {
        chain(false, false);

        CommandResult r = validate(RANGE + " --verbose", false);

        assertThat(r.text()).contains("\n\nDigest file\ts3://" + BUCKET + "/" + digestKey(HOURS[2]) + "\tvalid\nLog file\t"
                + "s3://" + BUCKET + "/" + logKey(2) + "\tvalid\nDigest file\ts3://" + BUCKET + "/" + digestKey(HOURS[1]));
    }

    @Test
    void aTamperedLogFileFailsWithExitOne() throws Exception {
        chain(true, false);

        CommandResult r = validate(RANGE, false);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.error().message()).isEqualTo("Log file\ts3://" + BUCKET + "/" + logKey(1)
                + "\tINVALID: hash value doesn't match");
        assertThat(r.text()).endsWith("\n3/3 digest files valid\n2/3 log files valid, 1/3 log files INVALID\n");
    }

    @Test
    void aDigestWhoseSignatureDoesNotVerifyIsInvalid() throws Exception {
        chain(false, true);

        CommandResult r = validate(RANGE, false);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.error().message()).isEqualTo("Digest file\ts3://" + BUCKET + "/" + digestKey(HOURS[2])
                + "\tINVALID: signature verification failed");
    }

    @Test
    void badInputIsRefusedBeforeAnyCall() {
        CommandResult range = validate("--start-time 2026-12-02T00:00:00Z --end-time 2026-12-01T00:00:00Z", false);
        assertThat(range.exitCode()).isEqualTo(255);
        assertThat(range.error().message()).isEqualTo("Invalid time range specified: start-time must occur before "
                + "end-time");
        CommandResult date = validate("--start-time yesterday", false);
        assertThat(date.error().message()).isEqualTo("Unable to parse date value: yesterday");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** An RSAPublicKey in PKCS #1 DER, as CloudTrail's ListPublicKeys serves it. */
    private static byte[] pkcs1(RSAPublicKey key) {
        byte[] n = derInteger(key.getModulus().toByteArray());
        byte[] e = derInteger(key.getPublicExponent().toByteArray());
        byte[] body = new byte[n.length + e.length];
        System.arraycopy(n, 0, body, 0, n.length);
        System.arraycopy(e, 0, body, n.length, e.length);
        return FacadeHarness.der(0x30, body);
    }

    private static byte[] derInteger(byte[] value) {
        return FacadeHarness.der(0x02, value);
    }

}
