package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a waiter ended.
 *
 * @param succeeded  whether the success state was reached
 * @param lastOutput the output of the last poll that answered without a service error (botocore's
 *                   {@code WaiterError.last_response} for such a poll), or null when none did
 * @param failure    botocore's {@code Waiter <name> failed: <reason>} when it did not succeed, else null
 */
public record WaitOutcome(boolean succeeded, ObjectNode lastOutput, String failure) {}
