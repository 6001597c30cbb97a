package dev.awsmcp.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsmcp.client.testing.TestEnvironment;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsResolverTest {
    private static final String CONFIG = String.join("\n",
            "[profile static]",
            "aws_access_key_id = AKIDSTATIC",
            "aws_secret_access_key = secret",
            "region = eu-west-3",
            "[profile dev]",
            "sso_session = corp",
            "sso_account_id = 111122223333",
            "sso_role_name = ReadOnly",
            "region = eu-west-1",
            "[sso-session corp]",
            "sso_start_url = https://corp.awsapps.com/start",
            "sso_region = eu-west-1",
            "sso_registration_scopes = sso:account:access",
            "[profile ops]",
            "role_arn = arn:aws:iam::111122223333:role/Ops",
            "source_profile = dev",
            "[profile console]",
            "login_session = arn:aws:iam::111122223333:user/me",
            "region = us-west-2",
            "");

    private final AwsEnvironment env = TestEnvironment.of(Map.of(), CONFIG);
    private final CredentialsResolver resolver = new CredentialsResolver(null, env);

    @Test
    void readsStaticKeysOfAnExplicitProfile() {
        assertThat(resolver.resolve(new ProfileChoice("static", true)).accessKeyId()).isEqualTo("AKIDSTATIC");
    }

    @Test
    void saysToRunSsoLoginWhenTheSsoSessionIsMissing() {
        assertThatThrownBy(() -> resolver.resolve(new ProfileChoice("dev", true)))
                .isInstanceOf(CredentialsException.class)
                .hasMessage("The SSO session of profile 'dev' is missing or has expired, so no credentials could be loaded.")
                .satisfies(e -> {
                    CredentialsException ce = (CredentialsException) e;
                    assertThat(ce.exitCode()).isEqualTo(253);
                    assertThat(ce.code()).isEqualTo("CredentialsExpired");
                    assertThat(ce.hint()).isEqualTo("Run 'aws sso login --profile dev' to refresh the SSO session, then retry.");
                });
    }

    @Test
    void pointsARoleChainAtItsSsoSourceProfile() {
        assertThatThrownBy(() -> resolver.resolve(new ProfileChoice("ops", true)))
                .isInstanceOf(CredentialsException.class)
                .satisfies(e -> assertThat(((CredentialsException) e).hint())
                        .isEqualTo("Run 'aws sso login --profile dev' to refresh the SSO session, then retry."));
    }

    @Test
    void saysToRunAwsLoginForALoginSession() {
        assertThatThrownBy(() -> resolver.resolve(new ProfileChoice("console", true)))
                .isInstanceOf(CredentialsException.class)
                .satisfies(e -> assertThat(((CredentialsException) e).hint())
                        .isEqualTo("Run 'aws login --profile console' to refresh the sign-in session, then retry."));
    }

    @Test
    void namesTheConfiguredProfilesWhenOneIsUnknown() {
        assertThatThrownBy(() -> resolver.resolve(new ProfileChoice("prod", true)))
                .isInstanceOf(CredentialsException.class)
                .hasMessage("The config profile (prod) could not be found.")
                .satisfies(e -> assertThat(((CredentialsException) e).hint()).contains("console, dev, ops, static"));
    }

    @Test
    void picksTheRegionInTheCliOrder() {
        AwsEnvironment withEnv = TestEnvironment.of(Map.of("AWS_DEFAULT_REGION", "ap-south-1"), CONFIG);
        ProfileChoice dev = new ProfileChoice("dev", true);

        assertThat(new RegionResolver(null, withEnv).resolve("ca-central-1", dev)).isEqualTo("ca-central-1");
        assertThat(new RegionResolver("sa-east-1", withEnv).resolve(null, dev)).isEqualTo("sa-east-1");
        assertThat(new RegionResolver(null, withEnv).resolve(null, dev)).isEqualTo("ap-south-1");
        assertThat(new RegionResolver(null, env).resolve(null, dev)).isEqualTo("eu-west-1");
        assertThat(new RegionResolver(null, env).resolve(null, new ProfileChoice("default", false)))
                .isEqualTo(RegionResolver.DEFAULT_REGION);
    }

    @Test
    void choosesTheProfileFromCommandThenClientThenEnvironment() {
        AwsEnvironment withProfile = TestEnvironment.of(Map.of("AWS_PROFILE", "ops"), CONFIG);

        assertThat(ProfileChoice.resolve("dev", "static", withProfile)).isEqualTo(new ProfileChoice("dev", true));
        assertThat(ProfileChoice.resolve(null, "static", withProfile)).isEqualTo(new ProfileChoice("static", true));
        assertThat(ProfileChoice.resolve(null, null, withProfile)).isEqualTo(new ProfileChoice("ops", false));
        assertThat(ProfileChoice.resolve(null, null, env)).isEqualTo(new ProfileChoice("default", false));
    }
}
