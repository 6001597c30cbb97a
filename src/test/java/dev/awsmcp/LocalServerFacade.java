package dev.awsmcp;

import dev.awsmcp.client.testing.TestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The facade as an embedding program builds it, for tests against the local servers in {@code dev.awsmcp.testing}:
 * static fake credentials, no machine environment or {@code ~/.aws} (so a developer's config cannot change the
 * output), and files read from a given working directory.
 */
public final class LocalServerFacade {
    /** The access key every local-server test signs with; DynamoDB Local keeps one database per key and region. */
    public static final String ACCESS_KEY = "AKIDLOCALSERVERS";

    private LocalServerFacade() {}

    /**
     * Builds a facade.
     *
     * @param workDir where relative {@code --body}/{@code file://} paths are read from
     * @return the facade; close it after the tests
     */
    public static AwsMcp create(Path workDir) {
        return builder(workDir).build();
    }

    /**
     * The same setup, to be customised further (e.g. another model catalog).
     *
     * @param workDir where relative {@code --body}/{@code file://} paths are read from
     * @return the builder
     */
    public static AwsMcpBuilder builder(Path workDir) {
        AwsMcpBuilder builder = AwsMcp.builder().credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "local-servers-secret")));
        builder.environment = TestEnvironment.empty();
        builder.fileReader(path -> Files.readAllBytes(workDir.resolve(path)));
        return builder;
    }
}
