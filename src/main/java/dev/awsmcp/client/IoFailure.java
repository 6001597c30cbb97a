package dev.awsmcp.client;

import dev.awsmcp.client.http.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * An attempt that got no HTTP response, and the botocore-style error it becomes when retries run out.
 *
 * @param error the I/O exception
 * @param url   the endpoint URL (no query string)
 */
record IoFailure(IOException error, String url) {
    TransportException toException() {
        String quoted = "\"" + url + "\"";
        String timeoutHint = "Check that the endpoint is reachable; raise --cli-connect-timeout/--cli-read-timeout "
                + "(seconds, 0 = no limit) for slow networks.";
        if (isConnectTimeout(error)) {
            return new TransportException("ConnectTimeoutError", "Connect timeout on endpoint URL: " + quoted,
                    timeoutHint, error);
        }
        if (error instanceof SocketTimeoutException) {
            return new TransportException("ReadTimeoutError", "Read timeout on endpoint URL: " + quoted,
                    timeoutHint, error);
        }
        if (error instanceof SSLException) {
            return new TransportException("SSLError", "SSL validation failed for " + quoted + ": " + error.getMessage(),
                    "Check the endpoint's certificate, or pass --ca-bundle with the CA that signed it.", error);
        }
        if (error instanceof ConnectException || error instanceof UnknownHostException
                || error instanceof NoRouteToHostException) {
            return new TransportException("EndpointConnectionError", "Could not connect to the endpoint URL: " + quoted,
                    "Check the region (--region) and --endpoint-url, and that the network allows the connection.", error);
        }
        return new TransportException("HTTPClientError", "An HTTP Client raised an unhandled exception: "
                + error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage()),
                "Retry the call; check the endpoint URL and network.", error);
    }

    private static boolean isConnectTimeout(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getClass().getSimpleName().equals("ConnectTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
