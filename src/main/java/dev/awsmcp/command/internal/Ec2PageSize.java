package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code customizations/ec2/paginate.py}: {@code ec2 describe-volumes} and {@code describe-snapshots} without
 * filters get a page size of 1000 so that automatic pagination does not time out.
 */
final class Ec2PageSize {
    static final int DEFAULT_PAGE_SIZE = 1000;
    private static final Map<String, List<String>> TARGETS = Map.of(
            "describe-volumes", List.of(),
            "describe-snapshots", List.of("OwnerIds", "RestorableByUserIds"));
    private static final Set<String> UNIVERSAL = Set.of("NextToken", "DryRun");

    private Ec2PageSize() {}

    /** Whether the CLI would inject its default page size for this call. */
    static boolean inject(String operation, ObjectNode params) {
        List<String> allowed = TARGETS.get(operation);
        if (allowed == null) {
            return false;
        }
        for (Iterator<String> it = params.fieldNames(); it.hasNext(); ) {
            String p = it.next();
            if (!allowed.contains(p) && !UNIVERSAL.contains(p)) {
                return false;
            }
        }
        return true;
    }
}
