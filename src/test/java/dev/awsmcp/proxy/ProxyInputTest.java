package dev.awsmcp.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.client.auth.AwsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;

/** Start-up input of the proxy: endpoints, inference of service and region, options, rule files, scripts. */
class ProxyInputTest {
    private static final AwsEnvironment NO_ENV = new AwsEnvironment(Map.of(), ProfileFile::defaultProfileFile);

    @TempDir
    Path dir;

    @Test
    void serviceAndRegionComeFromTheHost() {
        RemoteTarget t = RemoteTarget.resolve(null, "https://aws-mcp.us-east-1.api.aws/mcp", null, null, null, Optional::empty);
        assertThat(t).extracting(RemoteTarget::name, RemoteTarget::service, RemoteTarget::region)
                .containsExactly("aws-mcp", "aws-mcp", "us-east-1");
        RemoteTarget g = RemoteTarget.resolve(null, "https://my-gw-abc.gateway.bedrock-agentcore.eu-west-1.amazonaws.com/mcp",
                null, null, null, Optional::empty);
        assertThat(g.service()).isEqualTo("bedrock-agentcore");
        assertThat(g.region()).isEqualTo("eu-west-1");
        RemoteTarget flags = RemoteTarget.resolve("mine", "https://aws-mcp.us-east-1.api.aws/mcp", "custom", "us-west-2",
                null, Optional::empty);
        assertThat(flags).extracting(RemoteTarget::name, RemoteTarget::service, RemoteTarget::region)
                .containsExactly("mine", "custom", "us-west-2");
    }

    @Test
    void aHostWithoutARegionTakesTheEnvironmentsOrFailsInOneSentence() {
        RemoteTarget t = RemoteTarget.resolve(null, "https://mcp.example.com/mcp", "execute-api", null, null,
                () -> Optional.of("ap-south-1"));
        assertThat(t.region()).isEqualTo("ap-south-1");
        assertThatThrownBy(() -> RemoteTarget.resolve(null, "https://mcp.example.com/mcp", "execute-api", null, null, Optional::empty))
                .isInstanceOf(ProxyException.class).hasMessageContaining("No region").hasMessageContaining("neither --region");
        assertThatThrownBy(() -> RemoteTarget.resolve(null, "https://mcp.example.com/mcp", null, "us-east-1", null, Optional::empty))
                .hasMessageContaining("cannot be inferred").extracting(e -> ((ProxyException) e).hint()).asString().contains("--service");
    }

    @Test
    void plainHttpIsOnlyForLoopback() {
        assertThatThrownBy(() -> RemoteTarget.resolve(null, "http://aws-mcp.us-east-1.api.aws/mcp", null, null, null, Optional::empty))
                .isInstanceOf(ProxyException.class).hasMessageContaining("not HTTPS")
                .extracting(e -> ((ProxyException) e).exitCode()).isEqualTo(252);
        assertThat(RemoteTarget.resolve(null, "http://127.0.0.1:9/mcp", "s", "us-east-1", null, Optional::empty).name()).isEqualTo("remote");
        assertThat(RemoteTarget.resolve(null, "http://[::1]:9/mcp", "s", "us-east-1", null, Optional::empty)).isNotNull();
        assertThat(RemoteTarget.resolve(null, "http://localhost:9/mcp", "s", "us-east-1", null, Optional::empty)).isNotNull();
        assertThatThrownBy(() -> RemoteTarget.resolve(null, "ftp://x/y", null, null, null, Optional::empty))
                .hasMessageContaining("not an absolute http(s) URL");
        assertThatThrownBy(() -> RemoteTarget.resolve(null, "https://u:p@aws-mcp.us-east-1.api.aws/mcp", null, null, null, Optional::empty))
                .hasMessageContaining("user name or password");
    }

    @Test
    void optionsParseAndBadOnesAreOneSentence() throws Exception {
        ProxyOptions o = ProxyOptions.parse(List.of("https://aws-mcp.us-east-1.api.aws/mcp", "--read-only", "--metadata",
                "AWS_REGION=us-west-2", "--timeout=30", "--retries", "0", "--audit-file", "/tmp/a.jsonl"), NO_ENV);
        assertThat(o.readOnly()).isTrue();
        assertThat(o.metadata()).containsEntry("AWS_REGION", "us-west-2");
        assertThat(o.timeouts().tool().toSeconds()).isEqualTo(30);
        assertThat(o.retries()).isZero();
        assertThat(o.rest()).containsExactly("--audit-file", "/tmp/a.jsonl");
        assertThatThrownBy(() -> ProxyOptions.parse(List.of(), NO_ENV)).hasMessageContaining("No remote MCP endpoint");
        assertThatThrownBy(() -> ProxyOptions.parse(List.of("https://aws-mcp.us-east-1.api.aws/mcp", "--metadata", "x"), NO_ENV))
                .hasMessageContaining("KEY=VALUE");
        assertThatThrownBy(() -> ProxyOptions.parse(List.of("https://aws-mcp.us-east-1.api.aws/mcp", "--timeout", "soon"), NO_ENV))
                .hasMessageContaining("--timeout takes seconds");
        assertThatThrownBy(() -> ProxyOptions.parse(List.of("https://aws-mcp.us-east-1.api.aws/mcp", "--profile", "nope"), NO_ENV))
                .hasMessageContaining("profile 'nope'");
        assertThat(ProxyOptions.parse(List.of("https://aws-mcp.us-east-1.api.aws/mcp"),
                new AwsEnvironment(Map.of("AWS_MCP_READ_ONLY", "true"), ProfileFile::defaultProfileFile)).readOnly()).isTrue();
    }

    @Test
    void severalRemotesFromArgumentsAndConfigGetUniqueNames() throws Exception {
        Path config = dir.resolve("remotes.yaml");
        Files.writeString(config, "remotes:\n  - url: https://aws-mcp.us-east-1.api.aws/mcp\n  - name: gw\n    url: https://x.gateway.bedrock-agentcore.us-west-2.amazonaws.com/mcp\n");
        ProxyOptions o = ProxyOptions.parse(List.of("https://aws-mcp.us-east-1.api.aws/mcp", "--config", config.toString()), NO_ENV);
        assertThat(o.remotes()).extracting(RemoteTarget::name).containsExactly("aws-mcp", "aws-mcp-2", "gw");
        Files.writeString(config, "remotes:\n  - name: x\n");
        assertThatThrownBy(() -> ProxyOptions.parse(List.of("--config", config.toString()), NO_ENV)).hasMessageContaining("remote 1 has no url");
    }

    @Test
    void ruleFilesAreCheckedAtStartUp() throws Exception {
        Path f = dir.resolve("r.yaml");
        Files.writeString(f, "rules:\n  - tool: \"*x\"\n    judge: maybe\n");
        assertThatThrownBy(() -> ToolRules.withFile(f)).hasMessageContaining("rule 1").hasMessageContaining("judge 'maybe'");
        Files.writeString(f, "rules:\n  - tool: \"*x\"\n    judge: command\n");
        assertThatThrownBy(() -> ToolRules.withFile(f)).hasMessageContaining("names no 'argument'");
        Files.writeString(f, "rules:\n  - tool: \"*x\"\n    judge: read\n    colour: red\n");
        assertThatThrownBy(() -> ToolRules.withFile(f)).hasMessageContaining("unknown field 'colour'");
        assertThatThrownBy(() -> ToolRules.withFile(dir.resolve("missing.yaml"))).hasMessageContaining("does not exist");
        assertThat(ToolRules.bundled().match("aws___call_aws")).get().extracting(ToolRule::judge).isEqualTo(ToolRule.Judge.COMMAND);
        assertThat(ToolRules.bundled().match("AWS___SEARCH_DOCUMENTATION")).get().extracting(ToolRule::judge).isEqualTo(ToolRule.Judge.READ);
        assertThat(ToolRules.bundled().match("aws___get_presigned_url")).get().extracting(ToolRule::judge).isEqualTo(ToolRule.Judge.DENY);
        assertThat(ToolRules.bundled().match("create_stack")).isEmpty();
    }

    @Test
    void scriptsAreJudgedOnlyWhenEveryCallIsVisible() {
        ScriptCalls.Extraction ok = ScriptCalls.of("""
                # list things
                buckets = await call_boto3(service_name="s3", operation_name="ListBuckets")
                for b in buckets["Buckets"]:
                    tags = await call_boto3(service_name='s3', operation_name='GetBucketTagging', params={"Bucket": b["Name"]})
                print(f"{len(buckets)} (buckets)")
                """);
        assertThat(ok.hidden()).isNull();
        assertThat(ok.calls()).extracting(ScriptCalls.BotoCall::operation).containsExactly("ListBuckets", "GetBucketTagging");
        assertThat(ok.calls().get(1).line()).isEqualTo(4);
        assertThat(ScriptCalls.of("svc = 's3'\nawait call_boto3(service_name=svc, operation_name='ListBuckets')").hidden())
                .contains("string literals");
        assertThat(ScriptCalls.of("await call_boto3(**args)").hidden()).contains("unpacked");
        assertThat(ScriptCalls.of("f = call_boto3\nawait f(service_name='s3', operation_name='DeleteBucket')").hidden()).contains("alias");
        assertThat(ScriptCalls.of("import boto3\nboto3.client('s3').delete_bucket(Bucket='b')").hidden()).contains("boto3");
        assertThat(ScriptCalls.of("exec('call_boto3(service_name=\"s3\", operation_name=\"DeleteBucket\")')").hidden()).contains("exec");
        assertThat(ScriptCalls.of("x = 'call_boto3('\nprint(x)").hidden()).contains("alias");
        assertThat(ScriptCalls.of("await call_boto3(service_name='s3', operation_name='ListBuckets'").hidden()).contains("not closed");
        assertThat(ScriptCalls.of("print(1 + 1)").calls()).isEmpty();
    }

    @Test
    void theGateJudgesCommandsLikeServeReadOnly() {
        RemoteToolGate gate = new RemoteToolGate(ToolRules.bundled());
        ObjectMapper json = new ObjectMapper();
        assertThat(gate.judge("aws___call_aws", null, json.valueToTree(Map.of("cli_command", "aws s3 ls s3://b"))).read()).isTrue();
        assertThat(gate.judge("aws___call_aws", null, json.valueToTree(Map.of("cli_command", "aws s3 cp a.txt s3://b/a.txt"))).read()).isFalse();
        assertThat(gate.judge("aws___call_aws", null, json.valueToTree(Map.of("cli_command",
                List.of("aws ec2 describe-vpcs", "aws ec2 describe-subnets")))).read()).isTrue();
        assertThat(gate.judge("aws___call_aws", null, json.valueToTree(Map.of("cli_command",
                List.of("aws ec2 describe-vpcs", "aws ec2 delete-vpc --vpc-id vpc-1")))).read()).isFalse();
        RemoteToolGate.Judgement secret = gate.judge("call_aws", null, json.valueToTree(Map.of("cli_command",
                "aws secretsmanager get-secret-value --secret-id x")));
        assertThat(secret.read()).isFalse();
        assertThat(gate.judge("call_aws", null, json.valueToTree(Map.of("cli_command", "aws s3 ls; rm -rf /"))).read()).isFalse();
        assertThat(gate.judge("call_aws", null, json.valueToTree(Map.of())).reason()).contains("no 'cli_command'");
        assertThat(gate.judge("other", true, json.createObjectNode()).read()).isTrue();
        assertThat(gate.judge("other", false, json.createObjectNode()).read()).isFalse();
        assertThat(gate.judge("other", null, json.createObjectNode()).read()).isFalse();
        assertThat(gate.judge("aws___run_script", null, json.valueToTree(Map.of("code",
                "await call_boto3(service_name='ec2', operation_name='TerminateInstances', params={})"))).reason())
                .contains("TerminateInstances");
        assertThat(gate.judge("aws___run_script", null, json.valueToTree(Map.of("code",
                "await call_boto3(service_name='nosuch', operation_name='Nope')"))).reason()).contains("not an operation");
        assertThat(gate.listed("aws___get_presigned_url", true)).isFalse();
        assertThat(gate.listed("unknown", true)).isTrue();
    }
}
