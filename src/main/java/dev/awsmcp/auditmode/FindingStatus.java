package dev.awsmcp.auditmode;

/** The outcome of one check on one resource. */
public enum FindingStatus {
    /** The resource meets the check. */
    PASS,
    /** The resource does not meet the check. */
    FAIL,
    /** The check could not tell (a call failed, access was denied): never counted as a pass. */
    ERROR,
    /** A fact recorded by an inventory check. */
    INFO
}
