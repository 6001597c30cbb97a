package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.profiles.ProfileFile;

class ProfileSummariesTest {
    @TempDir
    Path dir;

    @Test
    void namesProfilesWithRegionAndKindButNoSecret() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, String.join("\n",
                "[default]", "region = eu-west-1",
                "[profile dev]", "sso_session = corp", "sso_account_id = 111122223333", "sso_role_name = Dev",
                "[profile admin]", "role_arn = arn:aws:iam::111122223333:role/Admin", "source_profile = default",
                "[profile tool]", "credential_process = /usr/bin/get-creds --secret-flag",
                "[sso-session corp]", "sso_start_url = https://corp.awsapps.com/start", "sso_region = us-east-1", ""));
        Path credentials = dir.resolve("credentials");
        Files.writeString(credentials, "[default]\naws_access_key_id = AKIAEXAMPLEKEY\naws_secret_access_key = wJalrSECRETKEY\n");
        ProfileSummaries summaries = new ProfileSummaries(() -> ProfileFile.aggregator()
                .addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build())
                .addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build())
                .build());
        List<Map<String, Object>> list = summaries.list();
        assertThat(list).extracting(m -> m.get("name") + ":" + m.get("kind"))
                .containsExactly("admin:role", "default:static", "dev:sso", "tool:process");
        assertThat(list.get(1)).containsEntry("region", "eu-west-1");
        assertThat(list.get(0)).containsEntry("sourceProfile", "default");
        // which role a profile assumes is shown (issue 14: aws://profiles tells which profiles assume which roles);
        // keys, secrets, start URLs, process command lines and SSO account ids are not
        assertThat(list.get(0)).containsEntry("roleArn", "arn:aws:iam::111122223333:role/Admin");
        String others = List.of(list.get(1), list.get(2), list.get(3)).toString();
        assertThat(others).doesNotContain("arn:aws", "111122223333");
        String all = list.toString();
        assertThat(all).doesNotContain("AKIA", "SECRET", "awsapps", "secret-flag");
        assertThat(summaries.credentialed()).containsExactly("admin", "default", "dev", "tool");
        assertThat(summaries.region("default")).contains("eu-west-1");
    }

    @Test
    void showsNothingWhenTheFilesCannotBeRead() {
        assertThat(new ProfileSummaries(() -> {
            throw new IllegalStateException("unreadable");
        }).list()).isEmpty();
    }
}
