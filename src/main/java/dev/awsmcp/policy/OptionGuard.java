package dev.awsmcp.policy;

import dev.awsmcp.command.GlobalOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Global options that change where calls go or how they are trusted: {@code --endpoint-url} to a host that is not
 * loopback, {@code --no-verify-ssl} and {@code --ca-bundle}. Denied unless the policy allows them. Loopback means
 * the literal names {@code localhost}, {@code 127.x.y.z} and {@code ::1}; no name is resolved.
 */
final class OptionGuard {
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}");

    private OptionGuard() {}

    static Optional<CommandScreen.Finding> check(GlobalOptions o, PolicySettings s) {
        if (o.endpointUrl() != null && !endpointAllowed(o.endpointUrl(), s)) {
            return Optional.of(new CommandScreen.Finding("endpoint-url", "--endpoint-url " + o.endpointUrl()
                    + " points away from AWS to a host that is not loopback, and the policy does not list it in "
                    + "endpointUrls, so the command was denied."));
        }
        if (o.noVerifySsl() && !s.allowNoVerifySsl()) {
            return Optional.of(new CommandScreen.Finding("no-verify-ssl",
                    "--no-verify-ssl turns off TLS certificate checks and the policy does not allow it (allowNoVerifySsl), so the command was denied."));
        }
        if (o.caBundle() != null && !s.allowCaBundle()) {
            return Optional.of(new CommandScreen.Finding("ca-bundle",
                    "--ca-bundle changes which certificates are trusted and the policy does not allow it (allowCaBundle), so the command was denied."));
        }
        return Optional.empty();
    }

    static boolean endpointAllowed(String url, PolicySettings s) {
        for (String p : s.endpointUrls()) {
            if (Glob.of(p).matches(url.strip())) {
                return true;
            }
        }
        return isLoopback(url);
    }

    static boolean isLoopback(String url) {
        URI u;
        try {
            u = new URI(url.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getRawUserInfo() != null || u.getHost() == null) {
            return false;
        }
        String host = u.getHost().toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.equals("[::1]") || host.equals("[0:0:0:0:0:0:0:1]")
                || LOOPBACK_V4.matcher(host).matches();
    }
}
