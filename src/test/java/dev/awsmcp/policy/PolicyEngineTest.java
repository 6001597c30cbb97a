package dev.awsmcp.policy;

import static dev.awsmcp.policy.PolicyTestSupport.endpoint;
import static dev.awsmcp.policy.PolicyTestSupport.engine;
import static dev.awsmcp.policy.PolicyTestSupport.plan;
import static dev.awsmcp.policy.PolicyTestSupport.readOnly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.command.GlobalOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyEngineTest {
    private static PolicySettings withRules(PolicySettings s, String yamlRules) {
        return s.withRules(PolicyFile.parse("rules:\n" + yamlRules, "test").rules());
    }

    @Test
    void readOnlyAllowsDescribeFromData() {
        Decision d = engine(readOnly()).decide(plan("ec2", "DescribeInstances"), DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(d.ruleId()).isEqualTo("default");
        assertThat(d.iamActions()).containsExactly("ec2:DescribeInstances");
        assertThat(d.source()).isEqualTo(Source.DATA);
    }

    @Test
    void readOnlyDenialNamesActionAndAccessLevel() {
        Decision d = engine(readOnly()).decide(plan("ec2", "TerminateInstances"), DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.ruleId()).isEqualTo("mode:read-only");
        assertThat(d.reason()).contains("ec2:TerminateInstances").contains("access level Write");
    }

    @Test
    void readOnlyDeniesSensitiveReadsByDefault() {
        Decision d = engine(readOnly()).decide(plan("secretsmanager", "GetSecretValue"), DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.callClass()).isEqualTo(CallClass.SENSITIVE_READ);
        assertThat(d.reason()).contains("secretsmanager:GetSecretValue").contains("sensitive-read");
    }

    @Test
    void readOnlyAllowsSensitiveReadsWhenSettingSaysSo() {
        Decision d = engine(readOnly().withAllowSensitiveReads(true))
                .decide(plan("secretsmanager", "GetSecretValue"), DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void explicitAllowRuleUnlocksSensitiveReadButWildcardDoesNot() {
        PolicySettings literal = withRules(readOnly(), "  - {id: ecr-login, effect: allow, actions: [ecr:GetAuthorizationToken]}\n");
        assertThat(engine(literal).decide(plan("ecr", "GetAuthorizationToken"), DecisionContext.unknown()).verdict())
                .isEqualTo(Verdict.ALLOW);
        PolicySettings wildcard = withRules(readOnly(), "  - {id: all-ecr, effect: allow, actions: [\"ecr:*\"]}\n");
        assertThat(engine(wildcard).decide(plan("ecr", "GetAuthorizationToken"), DecisionContext.unknown()).verdict())
                .isEqualTo(Verdict.DENY);
        PolicySettings byClass = withRules(readOnly(), "  - {id: secrets, effect: allow, access: [sensitive-read]}\n");
        assertThat(engine(byClass).decide(plan("ecr", "GetAuthorizationToken"), DecisionContext.unknown()).verdict())
                .isEqualTo(Verdict.ALLOW);
    }

    @Test
    void readOnlyDeniesHeuristicReadsUnlessAllowed() {
        Decision d = engine(readOnly()).decide(plan("iotthingsgraph", "DescribeNamespace"), DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.reason()).contains("heuristic");
        PolicySettings allowing = new PolicySettings(true, false, Verdict.ALLOW, false, true, List.of(), false, false,
                FileAccessMode.WORKDIR, null, List.of(), "test");
        assertThat(engine(allowing).decide(plan("iotthingsgraph", "DescribeNamespace"), DecisionContext.unknown())
                .verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void unknownIsNeverAllowedInReadOnlyEvenWithHeuristicReadsOn() {
        PolicySettings allowing = new PolicySettings(true, false, Verdict.ALLOW, true, true, List.of(), false, false,
                FileAccessMode.WORKDIR, null, withRules(readOnly(), "  - {id: all, effect: allow, commands: [\"*\"]}\n").rules(), "test");
        CommandPlan empty = CommandPlan.of("aws foo bar", "aws foo bar", GlobalOptions.none(), List.of());
        Decision d = engine(allowing).decide(empty, DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.callClass()).isEqualTo(CallClass.UNKNOWN);
    }

    @Test
    void readWriteModeAllowsWritesByDefault() {
        assertThat(engine(PolicySettings.defaults()).decide(plan("ec2", "TerminateInstances"), DecisionContext.unknown())
                .verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void explicitDenyBeatsEarlierAllowRule() {
        PolicySettings s = withRules(PolicySettings.defaults(),
                "  - {id: everything, effect: allow, commands: [\"aws iam *\"]}\n"
                        + "  - {id: no-iam-deletes, effect: deny, actions: [\"iam:Delete*\"]}\n");
        Decision d = engine(s).decide(plan("iam", "DeleteUser"), DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.ruleId()).isEqualTo("rule:no-iam-deletes");
        assertThat(engine(s).decide(plan("iam", "CreateUser"), DecisionContext.unknown()).ruleId()).isEqualTo("rule:everything");
    }

    @Test
    void readOnlyBeatsAllowRules() {
        PolicySettings s = withRules(readOnly(), "  - {id: ec2-ok, effect: allow, commands: [\"aws ec2 *\"]}\n");
        Decision d = engine(s).decide(plan("ec2", "TerminateInstances"), DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.ruleId()).isEqualTo("mode:read-only");
    }

    @Test
    void allowRuleBeatsConsentMode() {
        PolicySettings s = withRules(PolicySettings.defaults().withRequireConsent(true),
                "  - {id: tags-ok, effect: allow, access: [Tagging]}\n");
        assertThat(engine(s).decide(plan("ec2", "CreateTags"), DecisionContext.unknown()).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(engine(s).decide(plan("ec2", "TerminateInstances"), DecisionContext.unknown()).verdict())
                .isEqualTo(Verdict.CONSENT);
    }

    @Test
    void firstMatchingAllowOrConsentRuleWins() {
        PolicySettings s = withRules(PolicySettings.defaults(),
                "  - {id: ask-ec2, effect: consent, commands: [\"aws ec2 terminate-*\"]}\n"
                        + "  - {id: ec2-ok, effect: allow, commands: [\"aws ec2 *\"]}\n");
        assertThat(engine(s).decide(plan("ec2", "TerminateInstances"), DecisionContext.unknown()).ruleId()).isEqualTo("rule:ask-ec2");
        assertThat(engine(s).decide(plan("ec2", "StopInstances"), DecisionContext.unknown()).ruleId()).isEqualTo("rule:ec2-ok");
    }

    @Test
    void defaultDenyAllowsOnlyWhatRulesAllow() {
        PolicySettings s = new PolicySettings(false, false, Verdict.DENY, false, false, List.of(), false, false,
                FileAccessMode.WORKDIR, null, withRules(PolicySettings.defaults(),
                "  - {id: s3-reads, effect: allow, actions: [\"s3:List*\", \"s3:Get*\"]}\n").rules(), "test");
        assertThat(engine(s).decide(plan("s3api", "ListObjectsV2"), DecisionContext.unknown()).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(engine(s).decide(plan("s3api", "PutObject"), DecisionContext.unknown()).verdict()).isEqualTo(Verdict.DENY);
        assertThat(engine(s).decide(plan("ec2", "DescribeInstances"), DecisionContext.unknown()).ruleId()).isEqualTo("default");
    }

    @Test
    void allowRuleMustCoverEveryCallOfACommand() {
        PolicySettings s = new PolicySettings(false, false, Verdict.DENY, false, false, List.of(), false, false,
                FileAccessMode.WORKDIR, null, withRules(PolicySettings.defaults(),
                "  - {id: lists, effect: allow, actions: [\"s3:ListBucket\"]}\n").rules(), "test");
        CommandPlan sync = CommandPlan.of("aws s3 sync . s3://b", "aws s3 sync", GlobalOptions.none(),
                List.of(PolicyTestSupport.call("s3api", "ListObjectsV2"), PolicyTestSupport.call("s3api", "PutObject")));
        assertThat(engine(s).decide(sync, DecisionContext.unknown()).verdict()).isEqualTo(Verdict.DENY);
    }

    @Test
    void denyRuleMatchesWhenAnyCallMatches() {
        PolicySettings s = withRules(PolicySettings.defaults(), "  - {id: no-put, effect: deny, actions: [\"s3:PutObject\"]}\n");
        CommandPlan sync = CommandPlan.of("aws s3 sync . s3://b", "aws s3 sync", GlobalOptions.none(),
                List.of(PolicyTestSupport.call("s3api", "ListObjectsV2"), PolicyTestSupport.call("s3api", "PutObject")));
        Decision d = engine(s).decide(sync, DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.iamActions()).containsExactly("s3:ListBucket", "s3:PutObject");
        assertThat(d.reason()).contains("s3:PutObject");
    }

    @Test
    void commandWildcardsMatchCliPaths() {
        PolicySettings s = withRules(PolicySettings.defaults(), "  - {id: no-deletes, effect: deny, commands: [\"aws s3api delete-*\"]}\n");
        assertThat(engine(s).decide(plan("s3api", "DeleteObject"), DecisionContext.unknown()).verdict()).isEqualTo(Verdict.DENY);
        assertThat(engine(s).decide(plan("s3api", "DeleteBucketPolicy"), DecisionContext.unknown()).verdict()).isEqualTo(Verdict.DENY);
        assertThat(engine(s).decide(plan("s3api", "PutObject"), DecisionContext.unknown()).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void regionProfileAndAccountMatchers() {
        PolicySettings s = withRules(PolicySettings.defaults(),
                "  - {id: prod-locked, effect: deny, accounts: [\"111111111111\"], access: [Write]}\n"
                        + "  - {id: eu-only, effect: deny, regions: [\"us-*\"]}\n"
                        + "  - {id: dev-ask, effect: consent, profiles: [dev]}\n");
        PolicyEngine e = engine(s);
        assertThat(e.decide(plan("ec2", "TerminateInstances"), new DecisionContext("eu-west-1", "x", "111111111111")).ruleId())
                .isEqualTo("rule:prod-locked");
        assertThat(e.decide(plan("ec2", "DescribeInstances"), new DecisionContext("us-east-1", "x", "2")).ruleId())
                .isEqualTo("rule:eu-only");
        assertThat(e.decide(plan("ec2", "DescribeInstances"), new DecisionContext("eu-west-1", "dev", "2")).verdict())
                .isEqualTo(Verdict.CONSENT);
        assertThat(e.decide(plan("ec2", "DescribeInstances"), new DecisionContext("eu-west-1", "ops", "2")).verdict())
                .isEqualTo(Verdict.ALLOW);
    }

    @Test
    void unknownAccountMatchesDenyRulesButNotAllowRules() {
        PolicySettings s = withRules(PolicySettings.defaults(),
                "  - {id: prod-locked, effect: deny, accounts: [\"111111111111\"]}\n");
        Decision denied = engine(s).decide(plan("ec2", "DescribeInstances"), DecisionContext.unknown());
        assertThat(denied.ruleId()).isEqualTo("rule:prod-locked");
        assertThat(denied.reason()).contains("account id of the credentials is not known");
        assertThat(engine(s).decide(plan("ec2", "DescribeInstances"), new DecisionContext(null, null, "111111111111"))
                .reason()).doesNotContain("not known");
        PolicySettings allow = new PolicySettings(false, false, Verdict.DENY, false, false, List.of(), false, false,
                FileAccessMode.WORKDIR, null, withRules(PolicySettings.defaults(),
                "  - {id: sandbox, effect: allow, accounts: [\"222222222222\"]}\n").rules(), "test");
        Decision unknown = engine(allow).decide(plan("ec2", "DescribeInstances"), DecisionContext.unknown());
        assertThat(unknown.verdict()).isEqualTo(Verdict.DENY);
        assertThat(unknown.reason()).contains("by the policy default").contains("allow rules do not");
        assertThat(engine(allow).decide(plan("ec2", "DescribeInstances"), new DecisionContext(null, null, "222222222222"))
                .verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(engine(allow).needsAccount()).isTrue();
        assertThat(engine(PolicySettings.defaults()).needsAccount()).isFalse();
    }

    @Test
    void contextComesFromOptionsThenEnvironment() {
        GlobalOptions none = GlobalOptions.none();
        assertThat(DecisionContext.of(none, java.util.Map.of())).isEqualTo(new DecisionContext(null, "default", null));
        assertThat(DecisionContext.of(none, java.util.Map.of("AWS_PROFILE", "dev", "AWS_DEFAULT_REGION", "eu-west-1")))
                .isEqualTo(new DecisionContext("eu-west-1", "dev", null));
        GlobalOptions explicit = new GlobalOptions("us-east-2", "prod", null, null, null, true, null, null, null, null,
                null, null, false, false, null, false, null);
        assertThat(DecisionContext.of(explicit, java.util.Map.of("AWS_PROFILE", "dev", "AWS_REGION", "eu-west-1")))
                .isEqualTo(new DecisionContext("us-east-2", "prod", null));
    }

    @Test
    void endpointUrlToNonLoopbackHostIsDeniedEvenInReadWriteMode() {
        Decision d = engine(PolicySettings.defaults()).decide(plan("s3api", "ListBuckets", endpoint("https://evil.example.com")),
                DecisionContext.unknown());
        assertThat(d.verdict()).isEqualTo(Verdict.DENY);
        assertThat(d.ruleId()).isEqualTo("option:endpoint-url");
    }

    @Test
    void endpointUrlToLoopbackIsAllowed() {
        for (String url : List.of("http://localhost:4566", "http://127.0.0.1:8080/", "http://[::1]:9000")) {
            assertThat(engine(PolicySettings.defaults()).decide(plan("s3api", "ListBuckets", endpoint(url)),
                    DecisionContext.unknown()).verdict()).as(url).isEqualTo(Verdict.ALLOW);
        }
    }

    @Test
    void loopbackLookalikeHostsAreNotLoopback() {
        for (String url : List.of("http://localhost@evil.com", "http://127.0.0.1.evil.com", "http://localhost.evil.com",
                "ftp://localhost", "http://0x7f000001", "http://2130706433", "file:///etc/passwd")) {
            assertThat(OptionGuard.isLoopback(url)).as(url).isFalse();
        }
    }

    @Test
    void endpointUrlAllowedByPolicyPattern() {
        PolicySettings s = PolicyFile.parse("endpointUrls: [\"https://*.vpce.amazonaws.com\"]", "test");
        assertThat(engine(s).decide(plan("s3api", "ListBuckets", endpoint("https://bucket.vpce-1.vpce.amazonaws.com")),
                DecisionContext.unknown()).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void noVerifySslAndCaBundleAreDeniedUnlessAllowed() {
        GlobalOptions noVerify = new GlobalOptions(null, null, null, null, null, true, null, null, null, null, null,
                null, false, true, null, false, null);
        GlobalOptions bundle = new GlobalOptions(null, null, null, null, null, true, null, null, null, null, null,
                null, false, false, "ca.pem", false, null);
        assertThat(engine(PolicySettings.defaults()).decide(plan("s3api", "ListBuckets", noVerify), null).ruleId())
                .isEqualTo("option:no-verify-ssl");
        assertThat(engine(PolicySettings.defaults()).decide(plan("s3api", "ListBuckets", bundle), null).ruleId())
                .isEqualTo("option:ca-bundle");
        PolicySettings s = PolicyFile.parse("allowNoVerifySsl: true\nallowCaBundle: true", "test");
        assertThat(engine(s).decide(plan("s3api", "ListBuckets", noVerify), null).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(engine(s).decide(plan("s3api", "ListBuckets", bundle), null).verdict()).isEqualTo(Verdict.ALLOW);
    }
}
