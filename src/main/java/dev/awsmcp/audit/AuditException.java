package dev.awsmcp.audit;

import dev.awsmcp.error.AwsMcpException;

/** The audit trail could not be written. Code {@code AuditFailed}, exit code 255. */
public class AuditException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one sentence
     * @param cause   the I/O failure
     */
    public AuditException(String message, Throwable cause) {
        super("AuditFailed", message, "Check that the audit directory exists and is writable (--audit-file).", cause);
    }

    @Override
    public int exitCode() {
        return 255;
    }
}
