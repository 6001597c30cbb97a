package dev.awsmcp.s3;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an {@code aws s3} command will do, known before anything is sent: the API operations it may call (some only
 * when needed, e.g. multipart upload for large files) and the local paths it reads, writes or deletes.
 *
 * @param subcommand  {@code ls}, {@code cp}, ...
 * @param operations  the operations, in the order the command first uses them
 * @param localAccess the local paths touched
 * @param dryRun      true with {@code --dryrun}: write operations are listed with {@code sent == false}
 */
public record S3CommandPlan(String subcommand, List<PlannedOperation> operations, List<LocalAccess> localAccess,
                            boolean dryRun) {
    public S3CommandPlan {
        Objects.requireNonNull(subcommand, "subcommand");
        operations = List.copyOf(operations);
        localAccess = List.copyOf(localAccess);
    }

    /** The names of the operations that may be sent, without repeats. */
    public List<String> sentOperations() {
        List<String> names = new ArrayList<>();
        for (PlannedOperation o : operations) {
            if (o.sent() && !names.contains(o.operation())) {
                names.add(o.operation());
            }
        }
        return names;
    }

    /** True when nothing is changed: no write operation is sent and no local file is written or deleted. */
    public boolean readOnly() {
        for (PlannedOperation o : operations) {
            if (o.sent() && o.write()) {
                return false;
            }
        }
        for (LocalAccess a : localAccess) {
            if (a.mode() != LocalAccess.Mode.READ) {
                return false;
            }
        }
        return true;
    }
}
