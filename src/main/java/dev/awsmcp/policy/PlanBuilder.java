package dev.awsmcp.policy;

import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;

/** Collects the calls, local actions and local paths of one high-level command. */
final class PlanBuilder {
    private final ServiceCatalog catalog;
    private final List<PlannedCall> calls = new ArrayList<>();
    private final List<String> reads = new ArrayList<>();
    private final List<String> writes = new ArrayList<>();

    PlanBuilder(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    void api(String cliService, String operation) {
        ServiceModel m = catalog.model(cliService)
                .orElseThrow(() -> new IllegalStateException("no bundled model for " + cliService));
        calls.add(PlannedCall.api(m, m.operation(operation)
                .orElseThrow(() -> new IllegalStateException("no operation " + cliService + " " + operation)), null));
    }

    void local(String group, String name, List<String> actions, AccessLevel level, boolean sensitive, String note) {
        calls.add(PlannedCall.local(new Classification(group, name, actions, level, Source.OVERRIDE, sensitive, note)));
    }

    void read(String path) {
        if (path != null && !path.equals("-")) {
            reads.add(path);
        }
    }

    void write(String path) {
        if (path != null && !path.equals("-")) {
            writes.add(path);
        }
    }

    HighLevelPlans.Plan build() {
        return new HighLevelPlans.Plan(calls, reads, writes);
    }
}
