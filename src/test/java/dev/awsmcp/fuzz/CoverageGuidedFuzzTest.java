package dev.awsmcp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.policy.CommandPlan;
import dev.awsmcp.policy.DecisionContext;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.util.Map;

/**
 * Coverage-guided fuzzing with Jazzer: the command line through the tokenizer, binder, planner and read-only
 * classifier. In {@code verify} it replays its seed inputs (regression mode); {@code JAZZER_FUZZ=1 ./mvnw test
 * -Dtest=CoverageGuidedFuzzTest} lets Jazzer mutate towards new code paths (bench/fuzz.sh says how). A crash is any
 * exception other than the library's own errors.
 */
class CoverageGuidedFuzzTest {
    private static final PolicyEngine READ_ONLY = PolicyEngine.of(PolicySettings.defaults().withReadOnly(true));
    private static final CommandParser PARSER = new CommandParser(ServiceCatalog.bundled(), READ_ONLY.fileGuard(),
            CustomizationRegistry.bundled().commandNames());

    @FuzzTest(maxDuration = "60s")
    void commandLine(String text) {
        ParsedCommand parsed;
        try {
            parsed = PARSER.parse("aws " + text);
        } catch (AwsMcpException expected) {
            return;
        }
        try {
            CommandPlan plan = READ_ONLY.plan(parsed);
            READ_ONLY.decide(plan, DecisionContext.of(plan.options(), Map.of()));
        } catch (AwsMcpException expected) {
            // a precise error is a pass
        }
    }
}
