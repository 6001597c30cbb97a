package dev.awsmcp.suggest;

/** What kind of command a suggestion is. */
public enum EntryKind {
    /** A model operation: {@code aws ec2 describe-instances}. */
    OPERATION,
    /** A waiter: {@code aws ec2 wait instance-running}. */
    WAITER,
    /** An AWS CLI high-level command: {@code aws s3 cp}. */
    HIGH_LEVEL
}
