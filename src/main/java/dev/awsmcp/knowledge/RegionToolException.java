package dev.awsmcp.knowledge;

import dev.awsmcp.error.AwsMcpException;

/** A bad argument to {@code list_regions} or {@code get_regional_availability}: one sentence plus a hint. */
public final class RegionToolException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    RegionToolException(String message, String hint) {
        super("InvalidArgument", message, hint, null);
    }

    @Override
    public int exitCode() {
        return 252;
    }
}
