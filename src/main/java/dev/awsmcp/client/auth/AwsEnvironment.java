package dev.awsmcp.client.auth;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSupplier;

/**
 * Where AWS settings come from: environment variables and the shared {@code ~/.aws/config} and
 * {@code ~/.aws/credentials} files. Injectable so that tests do not depend on the machine they run on.
 *
 * @param env         environment variables
 * @param profileFile the merged profile files; re-read when they change
 */
public record AwsEnvironment(Map<String, String> env, Supplier<ProfileFile> profileFile) {
    public AwsEnvironment {
        env = Map.copyOf(env);
        Objects.requireNonNull(profileFile, "profileFile");
    }

    /** The process environment and the default profile files (reloaded when modified). */
    public static AwsEnvironment system() {
        return new AwsEnvironment(System.getenv(), ProfileFileSupplier.defaultSupplier());
    }

    /**
     * @param name a variable name
     * @return its non-blank value, or empty
     */
    public Optional<String> variable(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /**
     * @param name a profile name
     * @return the profile, or empty when the files do not define it (or cannot be read)
     */
    public Optional<Profile> profile(String name) {
        try {
            return profileFile.get().profile(name);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Profile names defined in the files, for hints; never their contents. */
    public java.util.Set<String> profileNames() {
        try {
            return new java.util.TreeSet<>(profileFile.get().profiles().keySet());
        } catch (RuntimeException unreadable) {
            return java.util.Set.of();
        }
    }
}
