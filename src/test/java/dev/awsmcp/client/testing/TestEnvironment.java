package dev.awsmcp.client.testing;

import dev.awsmcp.client.auth.AwsEnvironment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSupplier;

/** Environments that do not read the machine's variables or {@code ~/.aws}. */
public final class TestEnvironment {
    private TestEnvironment() {}

    /** No variables, no profiles. */
    public static AwsEnvironment empty() {
        return of(Map.of(), "");
    }

    /**
     * @param env    variables
     * @param config the content of a {@code ~/.aws/config} file
     */
    public static AwsEnvironment of(Map<String, String> env, String config) {
        ProfileFile file = ProfileFile.builder()
                .content(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)))
                .type(ProfileFile.Type.CONFIGURATION)
                .build();
        return new AwsEnvironment(env, ProfileFileSupplier.fixedProfileFile(file));
    }
}
