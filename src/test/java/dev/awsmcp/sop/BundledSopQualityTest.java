package dev.awsmcp.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** House rules for the bundled SOPs beyond the format: real runbooks, not stubs. */
class BundledSopQualityTest {
    private final SopLibrary library = SopLibrary.bundled();

    @Test
    void coversEveryTaskTheIssueAsksFor() {
        Set<String> names = library.list().stream().map(Sop::name).collect(Collectors.toSet());

        assertThat(names).contains("launch-ec2-instance-best-practices", "ec2-instance-profile", "encrypted-efs-on-ec2",
                "production-multi-az-vpc", "vpc-peering", "vpc-endpoints-private-access", "route53-cloudfront-custom-domain",
                "api-gateway-lambda", "lambda-in-vpc-with-internet", "lambda-timeout-debugging", "secure-s3-buckets",
                "aurora-cluster-creation", "secrets-manager-rotation", "multi-region-cloudtrail-logs-insights",
                "static-site-s3-cloudfront", "codepipeline-cdk-cicd", "application-failure-logs-insights",
                "cloudwatch-alarm-sns-notifications", "api-gateway-stages-logging", "budgets-with-alerts",
                "iam-permission-troubleshooting-cloudtrail", "eks-access-troubleshooting", "cost-investigation-cost-explorer",
                "security-group-audit", "unused-resource-cleanup");
    }

    @Test
    void everySopIsASubstantialRunbookWithCommandsAndTroubleshooting() {
        List<String> problems = new ArrayList<>();
        for (Sop sop : library.list()) {
            if (sop.steps().size() < 3) {
                problems.add(sop.name() + ": fewer than 3 steps");
            }
            if (SopCommands.extract(sop).size() < 3) {
                problems.add(sop.name() + ": fewer than 3 aws commands");
            }
            if (sop.troubleshooting() == null || sop.examples() == null) {
                problems.add(sop.name() + ": no Examples or Troubleshooting section");
            }
            for (SopStep step : sop.steps()) {
                if (step.constraints().stream().noneMatch(c -> c.contains("MUST") || c.contains("SHOULD"))) {
                    problems.add(sop.name() + " step " + step.number() + ": no MUST or SHOULD constraint");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDeclaredParameterIsUsed() {
        List<String> unused = new ArrayList<>();
        for (Sop sop : library.list()) {
            String afterParameters = sop.markdown().substring(sop.markdown().indexOf("## Steps"));
            for (SopParameter p : sop.parameters()) {
                if (!afterParameters.contains("${" + p.name() + "}")) {
                    unused.add(sop.name() + ": " + p.name());
                }
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void noCommandPassesASecretOrReadsAFile() {
        List<String> risky = new ArrayList<>();
        for (Sop sop : library.list()) {
            for (SopCommands.Command c : SopCommands.extract(sop)) {
                if (c.text().contains("file://") || c.text().contains("fileb://") || c.text().contains("--master-user-password")
                        || c.text().contains("get-secret-value")) {
                    risky.add(c.toString());
                }
            }
        }
        assertThat(risky).isEmpty();
    }
}
