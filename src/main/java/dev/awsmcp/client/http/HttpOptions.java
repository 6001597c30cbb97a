package dev.awsmcp.client.http;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The transport options of one request (from the client defaults and the command's global options). Equal
 * options share one pooled HTTP client.
 *
 * @param connectTimeout time to connect; zero means no timeout
 * @param readTimeout    time between bytes; zero means no timeout
 * @param verifySsl      false with {@code --no-verify-ssl}
 * @param caBundle       a PEM file of trusted CAs ({@code --ca-bundle}), or null for the JVM's trust store
 */
public record HttpOptions(Duration connectTimeout, Duration readTimeout, boolean verifySsl, Path caBundle) {}
