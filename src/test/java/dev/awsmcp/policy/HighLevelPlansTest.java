package dev.awsmcp.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.model.ServiceCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HighLevelPlansTest {
    private final HighLevelPlans plans = new HighLevelPlans(ServiceCatalog.bundled());
    private final PolicyEngine engine = PolicyEngine.of(PolicySettings.defaults(), Classifier.bundled(), null);

    private List<Classification> classify(String group, String cmd, List<String> args, Map<String, List<String>> opts) {
        HighLevelPlans.Plan p = plans.plan(group, cmd, args, opts);
        return engine.classify(new CommandPlan("aws " + group + " " + cmd, "aws " + group + " " + cmd, null, p.calls(),
                p.localReads(), p.localWrites()));
    }

    private CallClass classOf(String group, String cmd, List<String> args, Map<String, List<String>> opts) {
        return classify(group, cmd, args, opts).stream().map(Classification::callClass).reduce(CallClass.READ, CallClass::max);
    }

    @ParameterizedTest
    @CsvSource({
            "s3, ls, READ", "s3, cp, WRITE", "s3, mv, WRITE", "s3, rm, WRITE", "s3, sync, WRITE", "s3, mb, WRITE",
            "s3, rb, WRITE", "s3, website, WRITE", "s3, presign, SENSITIVE_READ",
            "configure, set, WRITE", "configure, '', WRITE", "configure, list, READ", "configure, get, READ",
            "configure, export-credentials, SENSITIVE_READ", "configure, mfa-login, WRITE",
            "configure, sso, WRITE", "configure, import, WRITE", "configure, add-model, WRITE",
            "help, '', READ", "history, show, READ", "ddb, select, READ", "ddb, put, WRITE", "login, '', WRITE",
            "ecr, get-login-password, SENSITIVE_READ", "ecr-public, get-login-password, SENSITIVE_READ",
            "eks, get-token, SENSITIVE_READ", "eks, update-kubeconfig, WRITE", "rds, generate-db-auth-token, SENSITIVE_READ",
            "codeartifact, login, WRITE", "cloudformation, package, WRITE", "cloudformation, deploy, WRITE",
            "deploy, push, WRITE", "deploy, register, WRITE", "emr, create-cluster, WRITE",
            "emr, describe-cluster, READ", "emr, add-steps, WRITE", "emr, modify-cluster-attributes, WRITE",
            "configservice, get-status, READ", "configservice, subscribe, WRITE", "cloudtrail, validate-logs, READ",
            "cloudtrail, create-subscription, WRITE", "datapipeline, list-runs, READ", "dlm, create-default-role, WRITE",
            "ecs, deploy, WRITE", "ecs, execute-command, WRITE", "ssm, start-session, WRITE", // it starts a local program
            "gamelift, get-game-session-log, WRITE", "logs, start-live-tail, READ", "cloudfront, sign, SENSITIVE_READ",
            "emr-containers, update-role-trust-policy, WRITE", "ec2, help, READ"})
    void classifiesHighLevelCommandsByTheirCalls(String group, String cmd, CallClass expected) {
        assertThat(classOf(group, cmd, List.of("s3://b/k"), Map.of())).isEqualTo(expected);
    }

    @Test
    void eksGetTokenWithARoleAlsoAssumesIt() {
        assertThat(classify("eks", "get-token", List.of(), Map.of("--role-arn", List.of("arn:aws:iam::1:role/r"))))
                .flatExtracting(Classification::iamActions).contains("sts:AssumeRole", "sts:GetCallerIdentity");
        assertThat(classify("eks", "get-token", List.of(), Map.of())).flatExtracting(Classification::iamActions)
                .doesNotContain("sts:AssumeRole");
    }

    @Test
    void writeClassBeatsSensitiveForMixedCommands() {
        assertThat(CallClass.max(CallClass.SENSITIVE_READ, CallClass.WRITE)).isEqualTo(CallClass.WRITE);
    }

    @Test
    void s3LsOfBucketsListsBuckets() {
        assertThat(classify("s3", "ls", List.of(), Map.of())).extracting(Classification::iamActions)
                .containsExactly(List.of("s3:ListAllMyBuckets"));
        assertThat(classify("s3", "ls", List.of("s3://b/prefix/"), Map.of("--recursive", List.of())))
                .extracting(Classification::iamActions).containsExactly(List.of("s3:ListBucket"));
    }

    @Test
    void s3CpDownloadWritesLocallyAndReadsRemotely() {
        HighLevelPlans.Plan p = plans.plan("s3", "cp", List.of("s3://b/k", "out/file.txt"), Map.of());
        assertThat(p.localWrites()).containsExactly("out/file.txt");
        assertThat(classify("s3", "cp", List.of("s3://b/k", "out/file.txt"), Map.of()))
                .flatExtracting(Classification::iamActions).contains("s3:GetObject", "local:WriteFile");
    }

    @Test
    void s3CpToStandardOutputOnlyReads() {
        assertThat(classOf("s3", "cp", List.of("s3://b/k", "-"), Map.of())).isEqualTo(CallClass.READ);
        assertThat(plans.plan("s3", "cp", List.of("s3://b/k", "-"), Map.of()).localWrites()).isEmpty();
    }

    @Test
    void s3CpUploadReadsLocally() {
        HighLevelPlans.Plan p = plans.plan("s3", "cp", List.of("./data.csv", "s3://b/k"), Map.of());
        assertThat(p.localReads()).containsExactly("./data.csv");
        assertThat(classify("s3", "cp", List.of("./data.csv", "s3://b/k"), Map.of()))
                .flatExtracting(Classification::iamActions).containsExactly("s3:PutObject");
    }

    @Test
    void s3SyncWithDeleteDeletes() {
        assertThat(classify("s3", "sync", List.of(".", "s3://b"), Map.of("--delete", List.of())))
                .flatExtracting(Classification::iamActions).contains("s3:ListBucket", "s3:PutObject", "s3:DeleteObject");
    }

    @Test
    void configureGetOfSecretKeyIsSensitive() {
        assertThat(classOf("configure", "get", List.of("aws_secret_access_key"), Map.of())).isEqualTo(CallClass.SENSITIVE_READ);
        assertThat(classOf("configure", "get", List.of("profile.dev.aws_session_token"), Map.of())).isEqualTo(CallClass.SENSITIVE_READ);
        assertThat(classOf("configure", "get", List.of("region"), Map.of())).isEqualTo(CallClass.READ);
    }

    @Test
    void unlistedHighLevelCommandIsUnknown() {
        assertThat(classOf("emr", "frobnicate", List.of(), Map.of())).isEqualTo(CallClass.UNKNOWN);
        // a registered customization that starts a local program is never a read
        assertThat(classOf("emr", "ssh", List.of(), Map.of())).isEqualTo(CallClass.WRITE);
        assertThat(classOf("s3", "frobnicate", List.of(), Map.of())).isEqualTo(CallClass.UNKNOWN);
    }

    @Test
    void cloudformationDeployPlansItsReadsTheTemplateUploadAndOnlyTheCallsItMakes() {
        HighLevelPlans.Plan plain = plans.plan("cloudformation", "deploy", List.of(),
                Map.of("--template-file", List.of("t.yaml"), "--stack-name", List.of("s")));
        assertThat(classify("cloudformation", "deploy", List.of(), Map.of("--template-file", List.of("t.yaml"),
                "--stack-name", List.of("s"))).stream().map(Classification::operation))
                .containsExactly("DescribeStacks", "GetTemplateSummary", "CreateChangeSet", "DescribeChangeSet",
                        "ExecuteChangeSet");
        assertThat(plain.localReads()).containsExactly("t.yaml");

        assertThat(classify("cloudformation", "deploy", List.of(), Map.of("--template-file", List.of("t.yaml"),
                "--s3-bucket", List.of("b"), "--no-execute-changeset", List.of())).stream()
                .map(Classification::operation))
                .containsExactly("DescribeStacks", "GetTemplateSummary", "HeadObject", "PutObject", "CreateChangeSet",
                        "DescribeChangeSet");
    }
}
