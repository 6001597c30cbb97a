package dev.awsmcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.policy.Classifier;
import dev.awsmcp.policy.FileAccessMode;
import dev.awsmcp.policy.FileGuard;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aws configure set} through the facade: a local write the policy sees and the file guard confines. */
class ConfigureSetTest {
    @TempDir
    Path work;

    private AwsMcp facade(Map<String, String> env, boolean readOnly) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret").policy(PolicyEngine.of(
                PolicySettings.defaults().withReadOnly(readOnly), Classifier.bundled(),
                FileGuard.of(FileAccessMode.WORKDIR, work, env, "/nonexistent-home")));
        b.environment = TestEnvironment.of(env, "");
        return b.build();
    }

    @Test
    void writesTheConfigAndCredentialsFilesTheEnvironmentNames() throws Exception {
        Files.writeString(work.resolve("config"), "[default]\nregion = us-east-1\n");
        try (AwsMcp aws = facade(Map.of("AWS_CONFIG_FILE", "config", "AWS_SHARED_CREDENTIALS_FILE", "creds"), false)) {
            CommandResult region = aws.execute("aws configure set region eu-west-1 --profile dev");
            CommandResult key = aws.execute("aws configure set aws_access_key_id AKIDNEW");
            CommandResult nested = aws.execute("aws configure set default.s3.max_concurrent_requests 20");

            assertThat(region.error()).isNull();
            assertThat(region.exitCode()).isZero();
            assertThat(key.error()).isNull();
            assertThat(nested.error()).isNull();
            assertThat(Files.readString(work.resolve("config"))).isEqualTo("[default]\nregion = us-east-1\n"
                    + "s3 =\n    max_concurrent_requests = 20\n[profile dev]\nregion = eu-west-1\n");
            assertThat(Files.readString(work.resolve("creds"))).isEqualTo("[default]\naws_access_key_id = AKIDNEW\n");
        }
    }

    @Test
    void refusesWhatTheGuardOrThePolicyForbidsAndWritesNothing() throws Exception {
        try (AwsMcp aws = facade(Map.of(), false); AwsMcp readOnly = facade(Map.of("AWS_CONFIG_FILE", "config"), true)) {
            CommandResult home = aws.execute("aws configure set region eu-west-1");
            assertThat(home.error().code()).isEqualTo("FileAccessDenied");

            CommandResult process = aws.execute("aws configure set credential_process /tmp/evil");
            assertThat(process.error().code()).isEqualTo("ConfigKeyRefused");

            CommandResult denied = readOnly.execute("aws configure set region eu-west-1");
            assertThat(denied.error()).isNotNull();
            assertThat(denied.error().message()).contains("local:WriteConfig");

            CommandResult missing = aws.execute("aws configure set region");
            assertThat(missing.exitCode()).isEqualTo(2);
        }
        try (java.util.stream.Stream<Path> files = Files.list(work)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aLiteralFileReaderNeverGetsATildeDirectory() throws Exception {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        b.environment = TestEnvironment.of(Map.of(), "");
        b.fileReader(new dev.awsmcp.command.WorkingDirectoryFiles(work));
        try (AwsMcp aws = b.build()) {
            CommandResult r = aws.execute("aws configure set region eu-west-1");

            assertThat(r.error()).isNotNull(); // ~/.aws/config, expanded as the CLI does, is outside the directory
        }
        assertThat(work.resolve("~")).doesNotExist();
    }
}
