package dev.awsmcp.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTest {
    @Test
    void placesAtLeast98PercentOfOperationsByDataOrOverride() {
        CoverageReport r = Classifier.bundled().coverage();
        System.out.printf("coverage: total=%d %s placed=%.2f%%%n", r.total(), r.bySource(), 100 * r.placedShare());
        assertThat(r.total()).isEqualTo(ServiceCatalog.bundled().operationCount());
        assertThat(r.placedShare()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void everyOverrideNamesARealOperationAndKnownActions() {
        Classifier c = Classifier.bundled();
        ServiceCatalog catalog = ServiceCatalog.bundled();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, IamOverrides.OperationEntry> e : c.overrides().operations().entrySet()) {
            String[] key = e.getKey().split(" ");
            ServiceModel m = catalog.byName(key[0]).map(catalog::model).orElse(null);
            if (m == null || m.operation(key[1]).isEmpty()) {
                problems.add("no operation " + e.getKey());
            }
            if (e.getValue().level() == null) {
                e.getValue().actions().stream().filter(a -> !c.knows(a)).forEach(a -> problems.add("unknown action " + a));
            }
        }
        assertThat(problems).isEmpty();
    }
}
