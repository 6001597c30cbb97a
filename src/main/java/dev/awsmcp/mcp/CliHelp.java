package dev.awsmcp.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The help behind {@code aws_cli_help}: the service list, one service's operations, one operation's parameters
 * and examples. {@link CatalogHelp} answers from the bundled models; the parser's help API replaces it once merged.
 */
public interface CliHelp {
    /**
     * One help answer.
     *
     * @param structured the structured form; {@code kind} is {@code services}, {@code service}, {@code operation}
     *                   or {@code error}
     * @param text       the same for reading
     */
    record Page(ObjectNode structured, String text) {}

    /** @return every service with its full name */
    Page services();

    /**
     * @param service a CLI service name
     * @return the service's operations, or an error page naming close matches
     */
    Page service(String service);

    /**
     * @param service   a CLI service name
     * @param operation a CLI operation name
     * @return the operation's synopsis, parameters and examples, or an error page
     */
    Page operation(String service, String operation);
}
