package dev.awsmcp.policy;

import dev.awsmcp.model.AccessLevel;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one API call (or one local action of a high-level command) is: its IAM actions, access level, and where
 * that answer came from.
 *
 * @param service     the CLI service name ({@code s3api}, {@code ec2}), or the high-level command group
 *                    ({@code s3}, {@code configure}) for local actions
 * @param operation   the model operation name ({@code ListObjectsV2}) or the local action name
 * @param iamActions  IAM actions the call needs, {@code prefix:Action}; {@code local:...} for local effects
 * @param accessLevel the riskiest access level of those actions
 * @param source      where the answer came from
 * @param sensitive   the call returns credentials or secrets
 * @param note        why, in a few words (e.g. {@code override: s3 ListObjectsV2 → s3:ListBucket}), or null
 */
public record Classification(String service, String operation, List<String> iamActions, AccessLevel accessLevel,
                             Source source, boolean sensitive, String note) {
    public Classification {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        iamActions = List.copyOf(iamActions);
        Objects.requireNonNull(accessLevel, "accessLevel");
        Objects.requireNonNull(source, "source");
    }

    /** The class read-only mode decides on. */
    public CallClass callClass() {
        if (source == Source.UNKNOWN || accessLevel == AccessLevel.UNKNOWN) {
            return CallClass.UNKNOWN;
        }
        if (sensitive) {
            return CallClass.SENSITIVE_READ;
        }
        if (accessLevel.isRead() || accessLevel == AccessLevel.TAGGING && isTagRead(operation)) {
            return CallClass.READ;
        }
        return CallClass.WRITE;
    }

    /**
     * Whether a Tagging-level call only reads tags. The data files a few tag reads (ListTagsForResource in some
     * services) under "Tagging, Write"; reading tags changes nothing.
     */
    static boolean isTagRead(String operation) {
        String op = operation.toLowerCase(Locale.ROOT);
        return (op.startsWith("list") || op.startsWith("get") || op.startsWith("describe")) && op.contains("tag");
    }

    /** One line for people: {@code s3:ListBucket (List, data)}. */
    public String summary() {
        return String.join(", ", iamActions) + " (" + accessLevel.label() + ", " + source.label()
                + (sensitive ? ", sensitive" : "") + ")";
    }
}
