package dev.awsmcp.regions;

/** Whether an account must enable a region before using it. */
public enum OptInStatus {
    /** Enabled in every account of the partition (commercial regions launched before 20 March 2019). */
    NOT_REQUIRED,
    /** Disabled until the account opts in (commercial regions launched on or after 20 March 2019). */
    OPT_IN_REQUIRED,
    /** The bundled data and documented rules do not say (isolated and sovereign partitions). */
    UNKNOWN
}
