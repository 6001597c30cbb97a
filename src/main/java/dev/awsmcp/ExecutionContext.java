package dev.awsmcp;

import java.util.function.BooleanSupplier;

/**
 * Per-call context from the caller (e.g. the MCP layer): who is calling, where progress goes, whether the caller
 * has cancelled, and how to ask a human for consent.
 *
 * @param clientName    the MCP client's name (for audit and User-Agent), or null
 * @param clientVersion the MCP client's version, or null
 * @param tool          the tool that made the call (e.g. {@code call_aws}), or null
 * @param progress      receives progress (pages fetched, waiter attempts); never null
 * @param cancelled     polled between pages/attempts; true stops the work
 * @param consent       asks for consent before a non-read call; never null
 * @param mfa           asks the human (never the agent) for an MFA code when a role needs one; never null
 */
public record ExecutionContext(String clientName, String clientVersion, String tool, ProgressListener progress,
                               BooleanSupplier cancelled, ConsentPrompt consent, MfaPrompt mfa) {
    public ExecutionContext {
        progress = progress == null ? ProgressListener.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
        consent = consent == null ? ConsentPrompt.UNSUPPORTED : consent;
        mfa = mfa == null ? MfaPrompt.UNSUPPORTED : mfa;
    }

    /**
     * A context without an MFA channel.
     *
     * @param clientName    the MCP client's name, or null
     * @param clientVersion the MCP client's version, or null
     * @param tool          the tool that made the call, or null
     * @param progress      receives progress, or null
     * @param cancelled     polled between pages/attempts, or null
     * @param consent       asks for consent, or null
     */
    public ExecutionContext(String clientName, String clientVersion, String tool, ProgressListener progress,
                            BooleanSupplier cancelled, ConsentPrompt consent) {
        this(clientName, clientVersion, tool, progress, cancelled, consent, null);
    }

    /**
     * This context with other progress (the batch counts finished commands instead of pages).
     *
     * @param listener the progress listener, or null for none
     * @return the context
     */
    public ExecutionContext withProgress(ProgressListener listener) {
        return new ExecutionContext(clientName, clientVersion, tool, listener, cancelled, consent, mfa);
    }

    /** Asks the human at the keyboard for a one-time MFA code (through MCP elicitation), never the agent. */
    @FunctionalInterface
    public interface MfaPrompt {
        /** A caller that cannot ask: a role that needs MFA then fails with a hint. */
        MfaPrompt UNSUPPORTED = (serialNumber, roleArn) -> null;

        /**
         * @param serialNumber the MFA device ({@code --serial-number})
         * @param roleArn      the role the code unlocks
         * @return the code the human typed, or null when they declined or cannot be asked
         */
        String code(String serialNumber, String roleArn);
    }

    /** A context for embedding programs: no client name, no progress, no consent channel. */
    public static ExecutionContext defaults() {
        return new ExecutionContext(null, null, null, null, null, null);
    }

    /** Receives progress of long-running work. */
    @FunctionalInterface
    public interface ProgressListener {
        /** Ignores progress. */
        ProgressListener NONE = (done, total, message) -> { };

        /**
         * @param done    units done so far
         * @param total   total units, or -1 when unknown
         * @param message what is happening
         */
        void progress(long done, long total, String message);
    }

    /** Asks a human whether a call may proceed. */
    @FunctionalInterface
    public interface ConsentPrompt {
        /** A caller that cannot ask (consent-required calls are then denied). */
        ConsentPrompt UNSUPPORTED = summary -> Consent.UNSUPPORTED;

        /**
         * @param summary one paragraph describing the call and its risk
         * @return the answer
         */
        Consent ask(String summary);
    }

    /** A consent answer. */
    public enum Consent { ACCEPTED, DECLINED, UNSUPPORTED }
}
