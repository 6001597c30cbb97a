package dev.awsmcp.policy;

/** A human's answer to a consent request. */
public enum ConsentAnswer {
    /** The human approved the call. */
    ACCEPTED,
    /** The human declined (or cancelled). */
    DECLINED,
    /** The client cannot ask (no elicitation support); the call is denied. */
    UNSUPPORTED
}
