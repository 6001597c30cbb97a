package dev.awsmcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code aws dlm create-default-role}: the CLI's IAM calls, sent to {@code --iam-endpoint}. */
class DlmDefaultRoleWireMockTest {
    private static final String NS = FacadeHarness.IAM_NS;
    private WireMockServer wm;
    private AwsMcp aws;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        aws = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret").build();
    }

    @AfterEach
    void stop() {
        aws.close();
        wm.stop();
    }

    private void answer(String action, int status, String body) {
        FacadeHarness.answerQuery(wm, action, status, body);
    }

    private List<String> actions() {
        List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        List<String> out = new ArrayList<>();
        for (ServeEvent e : events) {
            String body = e.getRequest().getBodyAsString();
            out.add(body.replaceAll(".*Action=([A-Za-z]+).*", "$1"));
        }
        return out;
    }

    @Test
    void createsTheRoleAttachesThePolicyAndPrintsBoth() {
        answer("GetRole", 404, "<ErrorResponse " + NS + "><Error><Type>Sender</Type><Code>NoSuchEntity</Code>"
                + "<Message>no role</Message></Error><RequestId>r1</RequestId></ErrorResponse>");
        answer("GetPolicy", 200, "<GetPolicyResponse " + NS + "><GetPolicyResult><Policy><PolicyName>p</PolicyName>"
                + "<DefaultVersionId>v7</DefaultVersionId></Policy></GetPolicyResult></GetPolicyResponse>");
        answer("CreateRole", 200, "<CreateRoleResponse " + NS + "><CreateRoleResult><Role><RoleName>"
                + "AWSDataLifecycleManagerDefaultRole</RoleName><Path>/</Path></Role></CreateRoleResult>"
                + "</CreateRoleResponse>");
        answer("AttachRolePolicy", 200, "<AttachRolePolicyResponse " + NS + "/>");
        answer("GetPolicyVersion", 200, "<GetPolicyVersionResponse " + NS + "><GetPolicyVersionResult><PolicyVersion>"
                + "<Document>%7B%22Version%22%3A%222012-10-17%22%7D</Document><VersionId>v7</VersionId>"
                + "</PolicyVersion></GetPolicyVersionResult></GetPolicyVersionResponse>");

        CommandResult r = aws.execute("aws dlm create-default-role --region us-west-2 --iam-endpoint http://127.0.0.1:"
                + wm.port());

        assertThat(r.error()).isNull();
        assertThat(actions()).containsExactly("GetRole", "GetPolicy", "CreateRole", "AttachRolePolicy", "GetPolicy",
                "GetPolicyVersion");
        assertThat(r.json().path("Role").path("RoleName").asText()).isEqualTo("AWSDataLifecycleManagerDefaultRole");
        assertThat(r.json().has("RolePolicy")).isTrue();
        assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .contains("PolicyArn=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2Fservice-role%2FAWSDataLifecycleManagerServiceRole");
    }

    @Test
    void anExistingRoleIsLeftAloneAndABadTypeIsRefused() {
        answer("GetRole", 200, "<GetRoleResponse " + NS + "><GetRoleResult><Role><RoleName>x</RoleName></Role>"
                + "</GetRoleResult></GetRoleResponse>");

        CommandResult r = aws.execute("aws dlm create-default-role --region us-west-2 --iam-endpoint http://127.0.0.1:"
                + wm.port());
        CommandResult bad = aws.execute("aws dlm create-default-role --resource-type volume --iam-endpoint "
                + "http://127.0.0.1:" + wm.port());

        assertThat(r.error()).isNull();
        assertThat(r.text()).isEmpty();
        assertThat(actions()).containsExactly("GetRole");
        assertThat(bad.exitCode()).isEqualTo(2);
    }
}
