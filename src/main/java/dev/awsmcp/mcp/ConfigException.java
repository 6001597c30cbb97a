package dev.awsmcp.mcp;

import dev.awsmcp.error.AwsMcpException;

/** A bad server option (flag or environment variable). */
public final class ConfigException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one sentence naming the option and the bad value
     * @param hint    how to fix it, or null
     */
    public ConfigException(String message, String hint) {
        super("InvalidServerOption", message, hint, null);
    }

    @Override
    public int exitCode() {
        return 252;
    }
}
