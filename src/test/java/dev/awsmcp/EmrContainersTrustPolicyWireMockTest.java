package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.client.testing.TestEnvironment;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code aws emr-containers update-role-trust-policy} against a WireMock EKS and IAM: the statement the CLI computes
 * (the role name base36-encoded: {@code MyRole} is {@code u70qubg4l}, from the CLI's own Base36), the policy it
 * sends as Python's {@code json.dumps}, and the no-op when the statement is there. The dry-run text and the updated
 * policy equal the CLI's on moto (checked by hand).
 */
class EmrContainersTrustPolicyWireMockTest {
    private static final String ISSUER_ID = "oidc.eks.us-east-1.amazonaws.com/id/ABC";
    private static final String STATEMENT = "{\"Effect\": \"Allow\", \"Principal\": {\"Federated\": "
            + "\"arn:aws:iam::123456789012:oidc-provider/" + ISSUER_ID + "\"}, \"Action\": "
            + "\"sts:AssumeRoleWithWebIdentity\", \"Condition\": {\"StringLike\": {\"" + ISSUER_ID + ":sub\": "
            + "\"system:serviceaccount:ns1:emr-containers-sa-*-*-123456789012-u70qubg4l\"}}}";
    private WireMockServer wm;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        wm.stubFor(get(urlEqualTo("/clusters/c1")).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody("{\"cluster\":{\"name\":\"c1\",\"arn\":\"arn:aws:eks:us-east-1:123456789012:"
                + "cluster/c1\",\"identity\":{\"oidc\":{\"issuer\":\"https://" + ISSUER_ID + "\"}}}}")));
        FacadeHarness.answerQuery(wm, "UpdateAssumeRolePolicy", 200, "<UpdateAssumeRolePolicyResponse "
                + FacadeHarness.IAM_NS + "><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"
                + "</UpdateAssumeRolePolicyResponse>");
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private void role(String trustPolicy) {
        FacadeHarness.answerQuery(wm, "GetRole", 200, "<GetRoleResponse " + FacadeHarness.IAM_NS + "><GetRoleResult><Role>"
                + "<RoleName>MyRole</RoleName><Arn>arn:aws:iam::123456789012:role/MyRole</Arn><Path>/</Path><RoleId>AROA1"
                + "</RoleId><CreateDate>2025-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>"
                + URLEncoder.encode(trustPolicy, StandardCharsets.UTF_8).replace("+", "%20") + "</AssumeRolePolicyDocument></Role>"
                + "</GetRoleResult></GetRoleResponse>");
    }

    private CommandResult update(String more) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        // the CLI's EKS client takes no --endpoint-url; IAM goes to --iam-endpoint
        b.environment = TestEnvironment.of(Map.of("AWS_ENDPOINT_URL_EKS", "http://127.0.0.1:" + wm.port()), "");
        try (AwsMcp aws = b.build()) {
            return aws.execute("aws emr-containers update-role-trust-policy --cluster-name c1 --namespace ns1 "
                    + "--role-name MyRole --iam-endpoint http://127.0.0.1:" + wm.port() + " --region us-east-1" + more);
        }
    }

    @Test
    void appendsTheStatementAndSendsThePolicyAsPythonsJsonDumps() {
        role("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                + "\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}");

        CommandResult r = update("");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).isEqualTo("Successfully updated trust policy of role MyRole\n");
        String body = wm.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("UpdateAssumeRolePolicy")))
                .get(0).getBodyAsString();
        String sent = URLDecoder.decode(body.replaceAll(".*PolicyDocument=([^&]*).*", "$1"), StandardCharsets.UTF_8);
        assertThat(sent).isEqualTo("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": "
                + "{\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}, " + STATEMENT + "]}");
    }

    @Test
    void dryRunPrintsTheMergedPolicyWithTwoSpaceIndentAndChangesNothing() {
        role("{\"Version\":\"2012-10-17\"}");

        CommandResult r = update(" --dry-run");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).startsWith("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": "
                + "\"Allow\",\n      \"Principal\": {\n        \"Federated\": ").endsWith("\n    }\n  ]\n}\n");
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("UpdateAssumeRolePolicy"))))
                .isEmpty();
    }

    @Test
    void anEqualStatementAlreadyThereChangesNothing() {
        role("{\"Version\":\"2012-10-17\",\"Statement\":[" + STATEMENT + "]}");

        CommandResult r = update("");

        assertThat(r.text()).isEqualTo("Trust policy statement already exists for role MyRole. No changes were made!\n");
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("UpdateAssumeRolePolicy"))))
                .isEmpty();
    }
}
