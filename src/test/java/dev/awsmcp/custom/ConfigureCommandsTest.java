package dev.awsmcp.custom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aws configure get} and {@code list-profiles} against config files, as AWS's own examples use them. */
class ConfigureCommandsTest {
    @TempDir
    Path dir;

    private Function<String, Optional<String>> env;

    @BeforeEach
    void files() throws Exception {
        Path config = dir.resolve("config");
        Path credentials = dir.resolve("credentials");
        Files.writeString(config, "[default]\nregion = us-west-2\noutput = json\ns3 =\n  max_concurrent_requests = 20\n"
                + "[profile dev]\nregion = eu-west-1\n[sso-session corp]\nsso_region = us-east-1\n[profile testing]\nregion = ap-south-1\n");
        Files.writeString(credentials, "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret-example\n"
                + "[ci]\naws_access_key_id = AKIDCI\n");
        Map<String, String> vars = Map.of("AWS_CONFIG_FILE", config.toString(), "AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        env = k -> Optional.ofNullable(vars.get(k));
    }

    private String get(String name, String profile) {
        return ConfigureCommands.get(List.of(name), profile, env).stdout();
    }

    /** What `aws configure list` 1.45 printed for the same files and variables (trailing spaces included). */
    @Test
    void listShowsWhereEachValueComesFromInTheCliColumns() {
        String config = dir.resolve("config").toString();
        assertThat(ConfigureCommands.list(null, env).stdout()).isEqualTo(""
                + "      Name                    Value             Type    Location\n"
                + "      ----                    -----             ----    --------\n"
                + "   profile                <not set>             None    None\n"
                + "access_key     ****************MPLE shared-credentials-file    \n"
                + "secret_key     ****************mple shared-credentials-file    \n"
                + "    region                us-west-2      config-file    " + config + "\n");

        Map<String, String> vars = Map.of("AWS_CONFIG_FILE", config, "AWS_SHARED_CREDENTIALS_FILE",
                dir.resolve("credentials").toString(), "AWS_ACCESS_KEY_ID", "AKIDTESTING",
                "AWS_SECRET_ACCESS_KEY", "secretkeyabcd", "AWS_DEFAULT_REGION", "us-east-1", "AWS_PROFILE", "dev");
        assertThat(ConfigureCommands.list(null, k -> Optional.ofNullable(vars.get(k))).stdout()).isEqualTo(""
                + "      Name                    Value             Type    Location\n"
                + "      ----                    -----             ----    --------\n"
                + "   profile                      dev              env    ['AWS_DEFAULT_PROFILE', 'AWS_PROFILE']\n"
                + "access_key     ****************TING              env    \n"
                + "secret_key     ****************abcd              env    \n"
                + "    region                us-east-1              env    AWS_DEFAULT_REGION\n");
    }

    @Test
    void listWithAnExplicitProfileSkipsTheEnvironmentsKeysAndFetchesNothing() {
        Map<String, String> vars = Map.of("AWS_CONFIG_FILE", dir.resolve("config").toString(),
                "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString(), "AWS_ACCESS_KEY_ID", "AKIDENV",
                "AWS_SECRET_ACCESS_KEY", "envsecret");
        String out = ConfigureCommands.list("dev", k -> Optional.ofNullable(vars.get(k))).stdout();
        assertThat(out).contains("   profile                      dev           manual    --profile\n")
                .contains("access_key                <not set>             None    None\n")
                .contains("    region                eu-west-1      config-file    ").doesNotContain("AKIDENV");
    }

    @Test
    void getPrintsAValueLikeTheCli() {
        assertThat(get("region", null)).isEqualTo("us-west-2\n");
        assertThat(get("region", "dev")).isEqualTo("eu-west-1\n");
        assertThat(get("profile.testing.region", null)).isEqualTo("ap-south-1\n");
        assertThat(get("default.s3.max_concurrent_requests", "dev")).isEqualTo("20\n");
        assertThat(get("aws_access_key_id", null)).isEqualTo("AKIDEXAMPLE\n");
        CustomResult missing = ConfigureCommands.get(List.of("nosuchkey"), null, env);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.stdout()).isEmpty();
    }

    @Test
    void listProfilesNamesConfigThenCredentialsProfiles() {
        assertThat(ConfigureCommands.listProfiles(env).stdout()).isEqualTo("default\ndev\ntesting\nci\n");
    }

    @Test
    void readOnlyModeReadsTheConfigButRefusesASecretAndAWrite() {
        try (AwsMcp readOnly = AwsMcp.builder().readOnly(true).build()) {
            CommandResult region = readOnly.execute("aws configure get region --profile no-such-profile-here");
            assertThat(region.exitCode()).as("not denied: a read of the local configuration").isEqualTo(1);
            CommandResult secret = readOnly.execute("aws configure get aws_secret_access_key");
            assertThat(secret.error().code()).isEqualTo("DeniedByPolicy");
            CommandResult set = readOnly.execute("aws configure set region us-east-1");
            assertThat(set.error().code()).isEqualTo("DeniedByPolicy");
        }
    }
}
