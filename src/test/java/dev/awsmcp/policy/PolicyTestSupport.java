package dev.awsmcp.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.util.List;

/** Hand-built plans for decision tests (before and independent of the parser). */
final class PolicyTestSupport {
    static final ServiceCatalog CATALOG = ServiceCatalog.bundled();
    static final ObjectMapper JSON = new ObjectMapper();

    private PolicyTestSupport() {}

    static PlannedCall call(String cliService, String operation) {
        return call(cliService, operation, "{}");
    }

    static PlannedCall call(String cliService, String operation, String paramsJson) {
        ServiceModel m = CATALOG.model(cliService).orElseThrow();
        try {
            return PlannedCall.api(m, m.operation(operation).orElseThrow(), (ObjectNode) JSON.readTree(paramsJson));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static CommandPlan plan(String cliService, String operation) {
        ServiceModel m = CATALOG.model(cliService).orElseThrow();
        String cliOp = m.operation(operation).orElseThrow().cliName();
        String path = "aws " + cliService + " " + cliOp;
        return CommandPlan.of(path, path, GlobalOptions.none(), List.of(call(cliService, operation)));
    }

    static CommandPlan plan(String cliService, String operation, GlobalOptions options) {
        CommandPlan p = plan(cliService, operation);
        return CommandPlan.of(p.commandLine(), p.commandPath(), options, p.calls());
    }

    static GlobalOptions endpoint(String url) {
        return new GlobalOptions(null, null, url, null, null, true, null, null, null, null, null, null,
                false, false, null, false, null);
    }

    static PolicyEngine engine(PolicySettings s) {
        return PolicyEngine.of(s, Classifier.bundled(), null);
    }

    static PolicySettings readOnly() {
        return PolicySettings.defaults().withReadOnly(true);
    }
}
