package dev.awsmcp.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import java.util.Objects;

/**
 * One thing a command will do: an API call (classified from the model and data) or a local action of a
 * high-level command (already classified, e.g. {@code local:WriteConfig} for {@code aws configure set}).
 *
 * @param model     the service model of an API call, else null
 * @param operation the operation of an API call, else null
 * @param params    the API call's input (model member names), or null when unknown
 * @param local     the classification of a local action, else null
 */
public record PlannedCall(ServiceModel model, Operation operation, ObjectNode params, Classification local) {
    public PlannedCall {
        if (local == null) {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(operation, "operation");
        } else if (model != null || operation != null) {
            throw new IllegalArgumentException("a planned call is an API call or a local action, not both");
        }
    }

    /**
     * An API call.
     *
     * @param model     the service model
     * @param operation the operation
     * @param params    its input, or null when unknown
     * @return the planned call
     */
    public static PlannedCall api(ServiceModel model, Operation operation, ObjectNode params) {
        return new PlannedCall(model, operation, params, null);
    }

    /**
     * A local action.
     *
     * @param classification what it is
     * @return the planned call
     */
    public static PlannedCall local(Classification classification) {
        return new PlannedCall(null, null, null, Objects.requireNonNull(classification, "classification"));
    }
}
