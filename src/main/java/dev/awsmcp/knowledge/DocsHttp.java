package dev.awsmcp.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The JDK HTTP client set up for the documentation services: a connect timeout, a per-request timeout, our
 * User-Agent, and no automatic redirects (page redirects are checked one by one by the caller). Maps transport
 * failures and status codes to {@link DocumentationException}s.
 */
final class DocsHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration requestTimeout;
    private final String userAgent;

    DocsHttp(Duration connectTimeout, Duration requestTimeout, String userAgent) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
        this.userAgent = userAgent;
    }

    /** POSTs a JSON body and reads a JSON answer. */
    JsonNode postJson(URI uri, JsonNode body, String service) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a request body", e);
        }
        HttpRequest request = base(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return json(send(request, service), service);
    }

    /** GETs a JSON answer. */
    JsonNode getJson(URI uri, String service) {
        HttpRequest request = base(uri).header("Accept", "application/json").GET().build();
        return json(send(request, service), service);
    }

    /** GETs a page without following redirects; the caller checks the status. */
    HttpResponse<String> getPage(URI uri) {
        HttpRequest request = base(uri)
                .header("Accept", "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8")
                .GET()
                .build();
        return send(request, "the AWS documentation site");
    }

    private HttpRequest.Builder base(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout).header("User-Agent", userAgent);
    }

    private HttpResponse<String> send(HttpRequest request, String service) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw DocumentationException.unavailable(service + " did not answer within " + requestTimeout.toSeconds()
                    + " seconds.", "Retry later, or raise the documentation timeout.", e);
        } catch (IOException e) {
            throw DocumentationException.unavailable(service + " is unreachable (" + describe(e) + ").",
                    "Check the network connection or proxy settings, then retry.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DocumentationException.unavailable("The request to " + service + " was interrupted.", "Retry the call.", e);
        }
    }

    private static JsonNode json(HttpResponse<String> response, String service) {
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw DocumentationException.unavailable(service + " failed with HTTP " + status + ".",
                    "Retry in a minute.", null);
        }
        if (status >= 300) {
            throw DocumentationException.badResponse(service + " rejected the request with HTTP " + status + ".",
                    "Check the arguments; if they are right, the service may have changed its interface.", null);
        }
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node == null || !node.isObject()) {
                throw DocumentationException.badResponse(service + " answered with something other than a JSON object.",
                        "Retry later; if it persists the service may have changed its interface.", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw DocumentationException.badResponse(service + " answered with malformed JSON.",
                    "Retry later; if it persists the service may have changed its interface.", e);
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return m == null || m.isBlank() ? kind : kind + ": " + m;
    }
}
