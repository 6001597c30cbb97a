package dev.awsmcp.model;

/**
 * An operation's HTTP binding from the model.
 *
 * @param method       HTTP method, e.g. {@code POST}
 * @param requestUri   URI template with {@code {Label}} and {@code {Label+}} parts and an optional query
 * @param responseCode the success status code the model declares, or 200
 */
public record HttpBinding(String method, String requestUri, int responseCode) {}
