package dev.awsmcp.policy;

import static dev.awsmcp.policy.PolicyTestSupport.engine;
import static dev.awsmcp.policy.PolicyTestSupport.plan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentTest {
    private final PolicyEngine engine = engine(PolicySettings.defaults().withRequireConsent(true));

    private Decision consentFor(String service, String op) {
        Decision d = engine.decide(plan(service, op), DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.CONSENT);
        assertThat(d.ruleId()).isEqualTo("mode:require-consent");
        return d;
    }

    @Test
    void readsNeedNoConsent() {
        assertThat(engine.decide(plan("ec2", "DescribeInstances"), DecisionContext.unknown()).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void acceptedConsentAllows() {
        Decision d = engine.resolveConsent(consentFor("ec2", "TerminateInstances"), ConsentAnswer.ACCEPTED);
        assertThat(d.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(d.ruleId()).isEqualTo("consent:accepted");
    }

    @Test
    void declinedConsentDenies() {
        Decision d = engine.resolveConsent(consentFor("ec2", "TerminateInstances"), ConsentAnswer.DECLINED);
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.ruleId()).isEqualTo("consent:declined");
    }

    @Test
    void clientWithoutElicitationIsDeniedNeverSilentlyAllowed() {
        Decision d = engine.resolveConsent(consentFor("ec2", "TerminateInstances"), ConsentAnswer.UNSUPPORTED);
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.ruleId()).isEqualTo("consent:unavailable");
        assertThat(d.reason()).contains("cannot ask").contains("ec2:TerminateInstances");
        assertThat(engine.resolveConsent(consentFor("ec2", "TerminateInstances"), null).verdict()).isEqualTo(Verdict.DENY);
    }

    @Test
    void sensitiveReadsNeedConsent() {
        consentFor("secretsmanager", "GetSecretValue");
    }

    @Test
    void consentPromptNamesCommandActionsAndLevel() {
        CommandPlan p = plan("ec2", "TerminateInstances");
        String prompt = PolicyEngine.consentPrompt(p, engine.decide(p, DecisionContext.unknown()));
        assertThat(prompt).contains("aws ec2 terminate-instances").contains("ec2:TerminateInstances").contains("Write");
    }

    @Test
    void resolvingANonConsentDecisionChangesNothing() {
        Decision allow = engine.decide(plan("ec2", "DescribeInstances"), DecisionContext.unknown());
        assertThat(engine.resolveConsent(allow, ConsentAnswer.DECLINED)).isEqualTo(allow);
    }
}
