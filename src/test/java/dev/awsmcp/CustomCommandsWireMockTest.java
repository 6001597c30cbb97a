package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.client.testing.MutableClock;
import dev.awsmcp.client.testing.SigV4QueryCheck;
import dev.awsmcp.client.testing.TestEnvironment;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The credential-minting customizations through the whole facade: ECR login passwords from a WireMock ECR, and
 * RDS and EKS tokens signed locally, compared with what botocore 1.43.62 (the AWS CLI's) computes for the same
 * time, keys and input.
 */
class CustomCommandsWireMockTest {
    /** The AWS documentation's example secret key; the oracle values below were computed with it. */
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

    private WireMockServer wm;
    private AwsMcp aws;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        aws = facade(Map.of());
    }

    @AfterEach
    void stop() {
        aws.close();
        wm.stop();
    }

    private AwsMcp facade(Map<String, String> env) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", SECRET);
        b.environment = TestEnvironment.of(env, "");
        b.clock = new MutableClock(NOW);
        return b.build();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void ecrGetLoginPasswordPrintsTheDecodedPassword() {
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("GetAuthorizationToken")).willReturn(okJson(
                "{\"authorizationData\":[{\"authorizationToken\":\"" + b64("AWS:s3cr3t-passw0rd") + "\","
                        + "\"expiresAt\":1.7E9,\"proxyEndpoint\":\"https://123456789012.dkr.ecr.us-east-1.amazonaws.com\"}]}")
                .withHeader("x-amzn-RequestId", "req-ecr-1")));

        CommandResult r = aws.execute("aws ecr get-login-password " + FacadeHarness.endpointOptions(wm, "us-east-1"));

        assertThat(r.error()).isNull();
        assertThat(r.exitCode()).isZero();
        assertThat(r.text()).isEqualTo("s3cr3t-passw0rd\n");
        assertThat(r.json().asText()).isEqualTo("s3cr3t-passw0rd");
        assertThat(r.requestIds()).containsExactly("req-ecr-1");
        wm.verify(1, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                containing("AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken")));
    }

    @Test
    void ecrGetLoginPrintsOneDockerLoginPerRegistryAsTheCliDoes() throws Exception {
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("GetAuthorizationToken")).willReturn(okJson(
                "{\"authorizationData\":[{\"authorizationToken\":\"" + b64("AWS:pw1") + "\",\"proxyEndpoint\":"
                        + "\"https://012345678910.dkr.ecr.us-east-1.amazonaws.com\"},{\"authorizationToken\":\""
                        + b64("AWS:pw2") + "\",\"proxyEndpoint\":\"https://023456789012.dkr.ecr.us-east-1.amazonaws.com\"}]}")));

        CommandResult r = aws.execute("aws ecr get-login --registry-ids 012345678910 023456789012 "
                + FacadeHarness.endpointOptions(wm, "us-east-1"));
        CommandResult noEmail = aws.execute("aws ecr get-login --no-include-email "
                + FacadeHarness.endpointOptions(wm, "us-east-1"));

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).isEqualTo("docker login -u AWS -p pw1 -e none https://012345678910.dkr.ecr.us-east-1."
                + "amazonaws.com\ndocker login -u AWS -p pw2 -e none https://023456789012.dkr.ecr.us-east-1.amazonaws.com\n");
        assertThat(FacadeHarness.JSON.readTree(wm.findAll(postRequestedFor(urlEqualTo("/"))).get(0).getBodyAsString())
                .toString()).isEqualTo("{\"registryIds\":[\"012345678910\",\"023456789012\"]}");
        assertThat(noEmail.text()).startsWith("docker login -u AWS -p pw1 https://");
    }

    @Test
    void ecrPublicGetLoginPasswordReadsItsSingleAuthorizationData() {
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("GetAuthorizationToken")).willReturn(okJson(
                "{\"authorizationData\":{\"authorizationToken\":\"" + b64("AWS:public-pw") + "\",\"expiresAt\":1.7E9}}")));

        CommandResult r = aws.execute("aws ecr-public get-login-password "
                + FacadeHarness.endpointOptions(wm, "us-east-1"));

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).isEqualTo("public-pw\n");
        wm.verify(1, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                containing("SpencerFrontendService.GetAuthorizationToken")));
    }

    @Test
    void ecrServiceErrorsKeepTheCliExitCode() {
        wm.stubFor(post("/").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"AccessDeniedException\",\"message\":\"not allowed\"}")));

        CommandResult r = aws.execute("aws ecr get-login-password " + FacadeHarness.endpointOptions(wm, "us-east-1"));

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("AccessDeniedException");
        assertThat(r.text()).isEmpty();
    }

    @Test
    void rdsTokenEqualsBotocoresForTheSameInput() {
        CommandResult r = aws.execute("aws rds generate-db-auth-token --hostname mydb.123456789012.us-west-2.rds.amazonaws.com"
                + " --port 5432 --username jane_doe --region us-west-2");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        // botocore 1.43.62: rds.generate_db_auth_token(...) at 2025-01-02T03:04:05Z with AKIDEXAMPLE/SECRET
        assertThat(r.text()).isEqualTo("mydb.123456789012.us-west-2.rds.amazonaws.com:5432/?Action=connect"
                + "&DBUser=jane_doe&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIDEXAMPLE%2F20250102%2Fus-west-2%2Frds-db%2Faws4_request"
                + "&X-Amz-Date=20250102T030405Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=18151a42b6d3baef665305a6596cccbe8766e737b5477677005dcca09273a5d2\n");
        assertThat(r.requestIds()).isEmpty();
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void rdsTokenWithSessionCredentialsMatchesTheSpec() {
        AwsMcpBuilder b = AwsMcp.builder().credentialsProvider(StaticCredentialsProvider.create(
                AwsSessionCredentials.create("AKIDEXAMPLE", SECRET, "SESSIONTOKEN/x+y=")));
        b.environment = TestEnvironment.of(Map.of("AWS_REGION", "us-west-2"), "");
        b.clock = new MutableClock(NOW);
        try (AwsMcp session = b.build()) {
            CommandResult r = session.execute("aws rds generate-db-auth-token --hostname db.example.com --port 3306"
                    + " --username 'app user'");

            assertThat(r.exitCode()).as("%s", r.error()).isZero();
            String token = r.text().strip();
            // botocore 1.43.62, same time and keys, session token SESSIONTOKEN/x+y=
            assertThat(token).isEqualTo("db.example.com:3306/?Action=connect&DBUser=app%20user"
                    + "&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                    + "&X-Amz-Credential=AKIDEXAMPLE%2F20250102%2Fus-west-2%2Frds-db%2Faws4_request"
                    + "&X-Amz-Date=20250102T030405Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
                    + "&X-Amz-Security-Token=SESSIONTOKEN%2Fx%2By%3D"
                    + "&X-Amz-Signature=f5397c8d062f87e39e58161d7e624232980478cc7150c8d5746bae089e9afbd4");
            URI url = URI.create("https://" + token);
            assertThat(SigV4QueryCheck.form(url.getRawQuery()).get("X-Amz-Signature"))
                    .isEqualTo(SigV4QueryCheck.expectedSignature(url, SECRET, "us-west-2", "rds-db"));
        }
    }

    @Test
    void rdsTokenNeedsAllThreeArguments() {
        CommandResult r = aws.execute("aws rds generate-db-auth-token --hostname db.example.com --region us-west-2");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.error().message()).isEqualTo("the following arguments are required: --port, --username");
    }

    @Test
    void eksTokenEqualsBotocoresAndIsAnExecCredential() throws Exception {
        CommandResult r = aws.execute("aws eks get-token --cluster-name my-cluster --region eu-west-1");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        // botocore 1.43.62: TokenGenerator(sts).get_token('my-cluster'), sts in eu-west-1, same time and keys
        String expected = "k8s-aws-v1.aHR0cHM6Ly9zdHMuZXUtd2VzdC0xLmFtYXpvbmF3cy5jb20vP0FjdGlvbj1HZXRDYWxsZXJJZGVudGl0"
                + "eSZWZXJzaW9uPTIwMTEtMDYtMTUmWC1BbXotQWxnb3JpdGhtPUFXUzQtSE1BQy1TSEEyNTYmWC1BbXotQ3JlZGVudGlhbD1BS0lE"
                + "RVhBTVBMRSUyRjIwMjUwMTAyJTJGZXUtd2VzdC0xJTJGc3RzJTJGYXdzNF9yZXF1ZXN0JlgtQW16LURhdGU9MjAyNTAxMDJUMDMw"
                + "NDA1WiZYLUFtei1FeHBpcmVzPTYwJlgtQW16LVNpZ25lZEhlYWRlcnM9aG9zdCUzQngtazhzLWF3cy1pZCZYLUFtei1TaWduYXR1"
                + "cmU9MGU2MGFlYTdmYWYxNGJiM2Y2NzAwNzcyZjhmYzk0NzlhZWJiYTc0NmExZTRhYWY2M2VhNzYyYmRkNDBkN2ViOQ";
        assertThat(r.json().path("kind").asText()).isEqualTo("ExecCredential");
        assertThat(r.json().path("apiVersion").asText()).isEqualTo("client.authentication.k8s.io/v1beta1");
        assertThat(r.json().path("spec").isObject()).isTrue();
        assertThat(r.json().path("status").path("expirationTimestamp").asText()).isEqualTo("2025-01-02T03:18:05Z");
        String token = r.json().path("status").path("token").asText();
        assertThat(token).isEqualTo(expected);
        String url = new String(Base64.getUrlDecoder().decode(token.substring("k8s-aws-v1.".length())),
                StandardCharsets.UTF_8);
        Map<String, String> q = SigV4QueryCheck.form(URI.create(url).getRawQuery());
        assertThat(q).containsEntry("Action", "GetCallerIdentity").containsEntry("X-Amz-Expires", "60")
                .containsEntry("X-Amz-SignedHeaders", "host;x-k8s-aws-id");
        assertThat(r.text()).startsWith("{").contains("\"token\": \"" + expected + "\"").endsWith("}\n\n");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void eksTokenFollowsTheApiVersionTheKubernetesClientAsksFor() {
        try (AwsMcp kube = facade(Map.of("KUBERNETES_EXEC_INFO",
                "{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\",\"spec\":{}}"))) {
            CommandResult r = kube.execute("aws eks get-token --cluster-name c --region us-east-1");

            assertThat(r.json().path("apiVersion").asText()).isEqualTo("client.authentication.k8s.io/v1");
        }
    }

    @Test
    void eksTokenWithRoleArnSignsWithTheAssumedRole() {
        wm.stubFor(post("/").withRequestBody(containing("Action=AssumeRole")).willReturn(aResponse()
                .withHeader("Content-Type", "text/xml").withBody("<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                        + "<AssumeRoleResult><Credentials><AccessKeyId>ASIAROLE</AccessKeyId>"
                        + "<SecretAccessKey>role-secret</SecretAccessKey><SessionToken>role-token</SessionToken>"
                        + "<Expiration>2025-01-02T04:04:05Z</Expiration></Credentials></AssumeRoleResult>"
                        + "<ResponseMetadata><RequestId>req-assume</RequestId></ResponseMetadata></AssumeRoleResponse>")));
        try (AwsMcp viaStub = facade(Map.of("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:" + wm.port()))) {
            CommandResult r = viaStub.execute("aws eks get-token --cluster-name c --region us-east-1"
                    + " --role-arn arn:aws:iam::123456789012:role/eks-admin");

            assertThat(r.exitCode()).as("%s", r.error()).isZero();
            assertThat(r.requestIds()).containsExactly("req-assume");
            String token = r.json().path("status").path("token").asText();
            URI url = URI.create(new String(Base64.getUrlDecoder().decode(token.substring(11)), StandardCharsets.UTF_8));
            Map<String, String> q = SigV4QueryCheck.form(url.getRawQuery());
            assertThat(q.get("X-Amz-Credential")).startsWith("ASIAROLE/");
            assertThat(q).containsEntry("X-Amz-Security-Token", "role-token");
            wm.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("RoleSessionName=EKSGetTokenAuth")));
        }
    }

    @Test
    void eksTokenNeedsAClusterAndSendsNothingWithout() {
        CommandResult r = aws.execute("aws eks get-token --region us-east-1 --role-arn arn:aws:iam::1:role/r");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.error().message()).contains("--cluster-name");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
