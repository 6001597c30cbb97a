package dev.awsmcp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.policy.CommandPlan;
import dev.awsmcp.policy.Decision;
import dev.awsmcp.policy.DecisionContext;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicyFile;
import dev.awsmcp.policy.PolicySettings;
import dev.awsmcp.sop.SopParser;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based fuzzing of the text parsers (a short run; {@code bench/fuzz.sh} runs a million inputs): whatever
 * the input, the tokenizer, shorthand parser and binder, the planner and classifier, the policy-file parser and
 * the SOP parser either succeed or throw the library's own error with a message; nothing else escapes.
 */
class ParserFuzzTest {
    private static final ServiceCatalog CATALOG = ServiceCatalog.bundled();
    private static final PolicyEngine READ_ONLY = PolicyEngine.of(PolicySettings.defaults().withReadOnly(true));
    private static final CommandParser PARSER = new CommandParser(CATALOG, READ_ONLY.fileGuard(),
            CustomizationRegistry.bundled().commandNames());
    private static final List<String> SEEDS = FuzzSeeds.commands(CATALOG, 40);

    @Provide
    Arbitrary<String> mutatedCommands() {
        return Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            return FuzzSeeds.mutate(SEEDS.get(r.nextInt(SEEDS.size())), r);
        });
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.strings().withChars(FuzzSeeds.HOSTILE + "abcdefghijklmnopqrstuvwxyz-0123456789").ofMaxLength(300)
                .map(s -> "aws " + s);
    }

    @Property(tries = 3000, seed = "20261207") // fixed: verify stays deterministic; bench/fuzz.sh explores
    void mutatedCommandsParseOrFailWithAPreciseError(@ForAll("mutatedCommands") String command) {
        parseAndClassify(command);
    }

    @Property(tries = 1500, seed = "20261207") // fixed: verify stays deterministic; bench/fuzz.sh explores
    void arbitraryTextParsesOrFailsWithAPreciseError(@ForAll("hostileText") String command) {
        parseAndClassify(command);
    }

    @Property(tries = 1000, seed = "20261207") // fixed: verify stays deterministic; bench/fuzz.sh explores
    void policyFilesParseOrFailWithAPreciseError(@ForAll("policyText") String text) {
        try {
            PolicyFile.parse(text, "fuzz.yaml");
        } catch (AwsMcpException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> policyText() {
        String valid = "version: 1\nmode:\n  readOnly: true\nrules:\n  - id: no-deletes\n    effect: deny\n"
                + "    actions: [\"*:Delete*\"]\n    reason: No deletes.\n";
        return Arbitraries.longs().map(seed -> FuzzSeeds.mutate(valid, new Random(seed)));
    }

    @Property(tries = 1000, seed = "20261207") // fixed: verify stays deterministic; bench/fuzz.sh explores
    void sopsParseOrFailWithAPreciseError(@ForAll("sopText") String text) {
        try {
            SopParser.parse("fuzz", "fuzz.md", text);
        } catch (AwsMcpException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> sopText() {
        String valid = "# Check a bucket\n\n## Overview\nChecks one bucket.\n\n## Parameters\n- **bucket** (required): the bucket\n\n"
                + "## Steps\n\n### 1. List\nRun `aws s3 ls s3://{bucket}`.\n\n**Constraints:**\n- You MUST read only.\n";
        return Arbitraries.longs().map(seed -> FuzzSeeds.mutate(valid, new Random(seed)));
    }

    private static void parseAndClassify(String command) {
        ParsedCommand parsed;
        try {
            parsed = PARSER.parse(command);
        } catch (AwsMcpException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            assertThat(expected.exitCode()).isBetween(252, 255);
            return;
        }
        try {
            CommandPlan plan = READ_ONLY.plan(parsed);
            Decision d = READ_ONLY.decide(plan, DecisionContext.of(plan.options(), Map.of()));
            assertThat(d.reason()).isNotBlank();
        } catch (AwsMcpException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
