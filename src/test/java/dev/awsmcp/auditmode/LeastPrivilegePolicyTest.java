package dev.awsmcp.auditmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy from an audit trail allows exactly the allowed calls' actions; the packs' policy covers every check. */
class LeastPrivilegePolicyTest {
    @Test
    void onlyAllowedCallsThatWereSentCountAndLocalActionsAreLeftOut() {
        List<String> trail = List.of(
                "{\"iamActions\":[\"s3:ListAllMyBuckets\"],\"decision\":\"allow\",\"httpStatus\":200}",
                "{\"iamActions\":[\"s3:GetBucketPolicy\"],\"decision\":\"allow\",\"httpStatus\":404}",
                "{\"iamActions\":[\"s3:DeleteBucket\"],\"decision\":\"deny\",\"httpStatus\":0}",
                "{\"iamActions\":[\"local:ReadConfig\"],\"decision\":\"allow\",\"httpStatus\":200}",
                "",
                "{\"iamActions\":[\"s3:ListAllMyBuckets\",\"sts:GetCallerIdentity\"],\"decision\":\"allow\",\"httpStatus\":200}");
        assertThat(LeastPrivilegePolicy.actionsFromTrail(trail))
                .containsExactly("s3:GetBucketPolicy", "s3:ListAllMyBuckets", "sts:GetCallerIdentity");
        var doc = LeastPrivilegePolicy.document(LeastPrivilegePolicy.actionsFromTrail(trail));
        assertThat(doc.path("Statement").get(0).path("Effect").asText()).isEqualTo("Allow");
        assertThat(doc.path("Statement").get(0).path("Action")).hasSize(3);
    }

    @Test
    void aLineThatIsNotAnAuditRecordIsNamed() {
        assertThatThrownBy(() -> LeastPrivilegePolicy.actionsFromTrail(List.of("{\"iamActions\":[]}", "not json")))
                .hasMessageContaining("Line 2");
        assertThatThrownBy(() -> LeastPrivilegePolicy.actionsFromTrail(List.of("{\"time\":\"x\"}")))
                .hasMessageContaining("Line 1").hasMessageContaining("no iamActions");
    }

    @Test
    void thePacksPolicyHoldsOnlyReadAndListActionsAndCoversTheirCommands() {
        var actions = LeastPrivilegePolicy.actionsForChecks(new CheckLoader().bundled("security"));
        assertThat(actions).contains("iam:GetAccountSummary", "s3:GetBucketVersioning", "ec2:DescribeSecurityGroups",
                "kms:GetKeyRotationStatus", "cloudtrail:GetTrailStatus", "sts:GetCallerIdentity");
        assertThat(actions).allSatisfy(a -> assertThat(a.split(":")[1]).matches("(Get|List|Describe|Generate)[A-Za-z]*"));
    }
}
