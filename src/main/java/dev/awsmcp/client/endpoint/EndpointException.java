package dev.awsmcp.client.endpoint;

import dev.awsmcp.error.AwsMcpException;

/** The rule set could not produce an endpoint (bad region, unsupported FIPS/dual-stack, invalid ARN...). */
public final class EndpointException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one sentence, usually the rule set's own error text
     * @param hint    how to fix it, or null
     */
    public EndpointException(String message, String hint) {
        super("EndpointResolutionError", message, hint, null);
    }

    @Override
    public int exitCode() {
        return 255;
    }
}
