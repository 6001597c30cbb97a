package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.policy.Classifier;
import dev.awsmcp.policy.FileAccessMode;
import dev.awsmcp.policy.FileGuard;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws deploy register} / {@code deregister}: the CLI's calls and progress lines; the new secret key goes to
 * the configuration file only. IAM is reached through {@code AWS_ENDPOINT_URL_IAM} because, as in the CLI, the
 * IAM client ignores {@code --endpoint-url}.
 */
class DeployOnPremisesWireMockTest {
    private static final String NS = FacadeHarness.IAM_NS;
    @TempDir
    Path work;
    private WireMockServer wm;
    private AwsMcp aws;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        String endpoint = "http://127.0.0.1:" + wm.port();
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL_IAM", endpoint);
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret").policy(PolicyEngine.of(
                PolicySettings.defaults(), Classifier.bundled(), FileGuard.of(FileAccessMode.WORKDIR, work, env, "/none")));
        b.environment = TestEnvironment.of(env, "");
        aws = b.build();
        xml("CreateUser", "<CreateUserResponse " + NS + "><CreateUserResult><User><UserName>onprem1</UserName><Arn>"
                + "arn:aws:iam::123456789012:user/AWS/CodeDeploy/onprem1</Arn></User></CreateUserResult>"
                + "</CreateUserResponse>");
        xml("CreateAccessKey", "<CreateAccessKeyResponse " + NS + "><CreateAccessKeyResult><AccessKey><UserName>onprem1"
                + "</UserName><AccessKeyId>AKIDNEWKEY</AccessKeyId><SecretAccessKey>s3cr3tValueNeverPrinted"
                + "</SecretAccessKey><Status>Active</Status></AccessKey></CreateAccessKeyResult></CreateAccessKeyResponse>");
        xml("PutUserPolicy", "<PutUserPolicyResponse " + NS + "/>");
        xml("ListUserPolicies", "<ListUserPoliciesResponse " + NS + "><ListUserPoliciesResult><PolicyNames><member>"
                + "codedeploy-agent</member></PolicyNames><IsTruncated>false</IsTruncated></ListUserPoliciesResult>"
                + "</ListUserPoliciesResponse>");
        xml("DeleteUserPolicy", "<DeleteUserPolicyResponse " + NS + "/>");
        xml("ListAccessKeys", "<ListAccessKeysResponse " + NS + "><ListAccessKeysResult><AccessKeyMetadata><member>"
                + "<AccessKeyId>AKIDNEWKEY</AccessKeyId></member></AccessKeyMetadata><IsTruncated>false</IsTruncated>"
                + "</ListAccessKeysResult></ListAccessKeysResponse>");
        xml("DeleteAccessKey", "<DeleteAccessKeyResponse " + NS + "/>");
        wm.stubFor(post("/").withRequestBody(containing("Action=DeleteUser&")).willReturn(aResponse().withStatus(404)
                .withBody("<ErrorResponse " + NS + "><Error><Code>NoSuchEntity</Code><Message>gone</Message></Error>"
                        + "</ErrorResponse>")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("GetOnPremisesInstance")).willReturn(okJson(
                "{\"instanceInfo\":{\"iamUserArn\":\"arn:aws:iam::123456789012:user/AWS/CodeDeploy/onprem1\","
                        + "\"tags\":[{\"Key\":\"Name\",\"Value\":\"demo\"}]}}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("OnPremisesInstance")).atPriority(10)
                .willReturn(okJson("{}")));
    }

    private void xml(String action, String body) {
        FacadeHarness.answerQuery(wm, action, 200, body);
    }

    @AfterEach
    void stop() {
        aws.close();
        wm.stop();
    }

    @Test
    void registerCreatesTheUserWritesTheKeyToTheFileAndNeverPrintsTheSecret() throws Exception {
        CommandResult r = aws.execute("aws deploy register --instance-name onprem1 --tags Key=Name,Value=demo "
                + FacadeHarness.endpointOptions(wm, "us-east-1"));

        assertThat(r.error()).isNull();
        assertThat(r.text()).startsWith("Creating the IAM user... DONE\nIamUserArn: arn:aws:iam::123456789012:user/AWS/"
                + "CodeDeploy/onprem1\nCreating the IAM user access key... DONE\nAccessKeyId: AKIDNEWKEY\n")
                .contains("Registering the on-premises instance... DONE\nAdding tags to the on-premises instance... DONE\n")
                .endsWith("aws deploy install --config-file codedeploy.onpremises.yml\n")
                .doesNotContain("s3cr3tValueNeverPrinted");
        assertThat(Files.readString(work.resolve("codedeploy.onpremises.yml"))).isEqualTo("---\nregion: us-east-1\n"
                + "iam_user_arn: arn:aws:iam::123456789012:user/AWS/CodeDeploy/onprem1\naws_access_key_id: AKIDNEWKEY\n"
                + "aws_secret_access_key: s3cr3tValueNeverPrinted\n");
    }

    @Test
    void deregisterRemovesTagsTheInstanceAndTheUserAndToleratesAUserAlreadyGone() {
        CommandResult r = aws.execute("aws deploy deregister --instance-name onprem1 "
                + FacadeHarness.endpointOptions(wm, "us-east-1"));

        assertThat(r.error()).isNull();
        assertThat(r.text()).isEqualTo("Retrieving on-premises instance information... DONE\nIamUserArn: "
                + "arn:aws:iam::123456789012:user/AWS/CodeDeploy/onprem1\nTags: Key=Name,Value=demo\nRemoving tags "
                + "from the on-premises instance... DONE\nDeregistering the on-premises instance... DONE\nDeleting the "
                + "IAM user policies... DONE\nDeleting the IAM user access keys... DONE\nDeleting the IAM user "
                + "(onprem1)... DONE\nRun the following command on the on-premises instance to uninstall the "
                + "codedeploy-agent:\naws deploy uninstall\n");
    }

    @Test
    void aBadInstanceNameSendsNothing() {
        CommandResult r = aws.execute("aws deploy register --instance-name i-123 " + FacadeHarness.endpointOptions(wm,
                "us-east-1"));

        assertThat(r.error().message()).isEqualTo("Instance name cannot start with 'i-'.");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
