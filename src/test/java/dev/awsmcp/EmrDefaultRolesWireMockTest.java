package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code aws emr create-default-roles}: the CLI's IAM calls to {@code --iam-endpoint}; the trust policies are the
 * text AWS CLI v1 1.45.11 sends ({@code json.dumps(indent=2)}, principals from the EMR endpoint).
 */
class EmrDefaultRolesWireMockTest {
    private static final String NS = FacadeHarness.IAM_NS;
    private WireMockServer wm;
    private AwsMcp aws;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        aws = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret").build();
        for (String missing : List.of("GetRole", "GetInstanceProfile")) {
            wm.stubFor(post("/").withRequestBody(containing("Action=" + missing + "&")).willReturn(aResponse()
                    .withStatus(404).withBody("<ErrorResponse " + NS + "><Error><Code>NoSuchEntity</Code><Message>no"
                            + "</Message></Error></ErrorResponse>")));
        }
        ok("CreateRole", "<CreateRoleResponse " + NS + "><CreateRoleResult><Role><RoleName>r</RoleName></Role>"
                + "</CreateRoleResult></CreateRoleResponse>");
        ok("GetPolicy", "<GetPolicyResponse " + NS + "><GetPolicyResult><Policy><DefaultVersionId>v1</DefaultVersionId>"
                + "</Policy></GetPolicyResult></GetPolicyResponse>");
        ok("GetPolicyVersion", "<GetPolicyVersionResponse " + NS + "><GetPolicyVersionResult><PolicyVersion><Document>"
                + "%7B%7D</Document></PolicyVersion></GetPolicyVersionResult></GetPolicyVersionResponse>");
        for (String empty : List.of("AttachRolePolicy", "CreateInstanceProfile", "AddRoleToInstanceProfile")) {
            ok(empty, "<" + empty + "Response " + NS + "/>");
        }
    }

    private void ok(String action, String body) {
        FacadeHarness.answerQuery(wm, action, 200, body);
    }

    @AfterEach
    void stop() {
        aws.close();
        wm.stop();
    }

    private List<String> bodies() {
        List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(URLDecoder.decode(e.getRequest().getBodyAsString(), StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void createsTheThreeRolesAndTheInstanceProfileWithTheCliTrustPolicies() {
        CommandResult r = aws.execute("aws emr create-default-roles --region us-west-2 --iam-endpoint http://127.0.0.1:"
                + wm.port());

        assertThat(r.error()).isNull();
        assertThat(r.json()).hasSize(3);
        List<String> sent = bodies();
        assertThat(sent).extracting(b -> b.replaceAll("(?s)Action=([A-Za-z]+).*", "$1").strip()).containsExactly(
                "GetRole", "CreateRole", "AttachRolePolicy", "GetPolicy", "GetPolicyVersion", "GetInstanceProfile",
                "CreateInstanceProfile", "AddRoleToInstanceProfile", "GetRole", "CreateRole", "AttachRolePolicy",
                "GetPolicy", "GetPolicyVersion", "GetRole", "CreateRole", "AttachRolePolicy", "GetPolicy",
                "GetPolicyVersion");
        assertThat(sent.get(1)).contains("AssumeRolePolicyDocument={\n  \"Version\": \"2008-10-17\",\n  "
                + "\"Statement\": [\n    {\n      \"Sid\": \"\",\n      \"Effect\": \"Allow\",\n      \"Principal\": {\n"
                + "        \"Service\": \"ec2.amazonaws.com\"\n      },\n      \"Action\": \"sts:AssumeRole\"\n    }\n"
                + "  ]\n}").contains("RoleName=EMR_EC2_DefaultRole");
        assertThat(sent.get(14)).contains("\"Service\": [\n          \"elasticmapreduce.amazonaws.com\",\n"
                + "          \"application-autoscaling.amazonaws.com\"\n        ]").contains("EMR_AutoScaling_DefaultRole");
        assertThat(sent.get(2)).contains("PolicyArn=arn:aws:iam::aws:policy/service-role/"
                + "AmazonElasticMapReduceforEC2Role");
    }

    @Test
    void aLocalEmrEndpointNamesNoServicePrincipalAndNothingIsCreated() {
        CommandResult r = aws.execute("aws emr create-default-roles --region us-west-2 --endpoint-url "
                + "http://127.0.0.1:1 --iam-endpoint http://127.0.0.1:" + wm.port());

        assertThat(r.error().code()).isEqualTo("ResolveServicePrincipal");
        assertThat(bodies()).noneMatch(b -> b.contains("Action=Create"));
    }
}
