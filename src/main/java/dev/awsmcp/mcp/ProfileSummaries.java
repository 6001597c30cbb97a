package dev.awsmcp.mcp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Profile names, regions and credential kinds from {@code ~/.aws/config} and {@code ~/.aws/credentials} (through
 * the SDK's {@link ProfileFile}, which honours {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE}).
 * Never reads out a key, token, ARN or URL: only names, the region and a kind.
 */
public final class ProfileSummaries {
    private final Supplier<ProfileFile> files;

    /** @param files supplies the merged profile file; read on every call so edits show up */
    ProfileSummaries(Supplier<ProfileFile> files) {
        this.files = files;
    }

    /** The default files. */
    public static ProfileSummaries defaults() {
        return new ProfileSummaries(ProfileFile::defaultProfileFile);
    }

    /**
     * One entry per profile: {@code name}, {@code kind}, optional {@code region}, {@code roleArn} (the role it assumes),
     * {@code sourceProfile}, {@code credentialSource}, {@code externalId} (only whether one is set), {@code ssoSession}.
     * Never a secret.
     */
    List<Map<String, Object>> list() {
        ProfileFile file;
        try {
            file = files.get();
        } catch (RuntimeException e) {
            return List.of(); // unreadable or malformed files: nothing to show, the facade reports details on use
        }
        List<Map<String, Object>> out = new ArrayList<>();
        file.profiles().values().stream().sorted(java.util.Comparator.comparing(Profile::name)).forEach(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("kind", kind(p));
            p.property("region").ifPresent(r -> m.put("region", r));
            p.property("role_arn").ifPresent(s -> m.put("roleArn", s));
            p.property("source_profile").ifPresent(s -> m.put("sourceProfile", s));
            p.property("credential_source").ifPresent(s -> m.put("credentialSource", s));
            p.property("external_id").ifPresent(s -> m.put("externalId", "set"));
            p.property("sso_session").ifPresent(s -> m.put("ssoSession", s));
            out.add(m);
        });
        return out;
    }

    /** The names of the profiles that can give credentials (what {@code --profiles '*'} runs with), sorted. */
    public List<String> credentialed() {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> p : list()) {
            if (!"config-only".equals(p.get("kind"))) {
                out.add((String) p.get("name"));
            }
        }
        return out;
    }

    /** The region a profile sets, if any. */
    Optional<String> region(String profile) {
        try {
            return files.get().profile(profile).flatMap(p -> p.property("region"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How the profile gets credentials, in the order the SDK's provider chain checks them. */
    static String kind(Profile p) {
        Map<String, String> props = p.properties();
        if (props.containsKey("web_identity_token_file") && props.containsKey("role_arn")) {
            return "web-identity";
        }
        if (props.containsKey("role_arn")) {
            return "role";
        }
        if (props.containsKey("sso_session") || props.containsKey("sso_start_url")) {
            return "sso";
        }
        if (props.containsKey("login_session")) {
            return "login";
        }
        if (props.containsKey("credential_process")) {
            return "process";
        }
        if (props.containsKey("aws_access_key_id")) {
            return "static";
        }
        return "config-only";
    }
}
