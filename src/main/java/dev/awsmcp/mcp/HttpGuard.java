package dev.awsmcp.mcp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/**
 * Guards the HTTP transport: the {@code Host} header must be on the allow-list (DNS rebinding), an {@code Origin}
 * header, when present, must be on its allow-list (browsers), and when a token is configured every request must
 * carry {@code Authorization: Bearer <token>}. Rejections get a JSON-RPC error body and no detail of the token.
 */
final class HttpGuard implements Filter {
    private final List<String> allowedHosts;
    private final List<String> allowedOrigins;
    private final byte[] token;

    HttpGuard(ServerConfig config) {
        this.allowedHosts = config.allowedHosts();
        this.allowedOrigins = config.allowedOrigins();
        this.token = config.authToken() == null ? null : ("Bearer " + config.authToken()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String host = request.getHeader("Host");
        if (host == null || !matches(host, allowedHosts)) {
            reject(response, 421, "The Host header is not allowed by this server (DNS rebinding protection).");
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank() && !matches(origin, allowedOrigins)) {
            reject(response, 403, "The Origin header is not allowed by this server.");
            return;
        }
        if (token != null) {
            String auth = request.getHeader("Authorization");
            if (auth == null || !MessageDigest.isEqual(token, auth.trim().getBytes(StandardCharsets.UTF_8))) {
                response.setHeader("WWW-Authenticate", "Bearer");
                reject(response, 401, "A valid bearer token is required (Authorization: Bearer <token>).");
                return;
            }
        }
        chain.doFilter(req, res);
    }

    /** Exact match, or a {@code :*} pattern matching the value with or without a port; case-insensitive. */
    static boolean matches(String value, List<String> patterns) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (String pattern : patterns) {
            String p = pattern.toLowerCase(Locale.ROOT);
            if (p.equals(v) || p.equals("*")) {
                return true;
            }
            if (p.endsWith(":*")) {
                String base = p.substring(0, p.length() - 2);
                if (v.equals(base) || v.startsWith(base + ":") && v.substring(base.length() + 1).matches("[0-9]+")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void reject(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        String body = "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32001,\"message\":\"" + message.replace("\"", "'") + "\"}}";
        response.getWriter().write(body);
    }
}
