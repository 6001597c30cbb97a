package dev.awsmcp.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.awsmcp.command.ForbiddenImportFixture;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md, checked on the compiled main classes: which package may depend on which, who
 * may use an {@code internal} package, what the public facade holds, and that every simple type name is used once.
 * A change that breaks a rule fails {@code verify} with the offending class and dependency named.
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.awsmcp");
    }

    @Test
    void everyPackageDependsOnlyOnThePackagesTheArchitectureAllows() {
        assertThat(main.size()).as("main classes imported").isGreaterThan(400);
        assertThat(LayerRules.violations(main)).isEmpty();
    }

    @Test
    void aForbiddenImportIsReported() {
        // ForbiddenImportFixture sits in dev.awsmcp.command (a pipeline stage) and uses the MCP front door.
        JavaClasses fixture = new ClassFileImporter().importClasses(ForbiddenImportFixture.class);
        assertThat(LayerRules.violations(fixture)).singleElement().asString()
                .contains("ForbiddenImportFixture").contains("command may not depend on mcp");
    }

    @Test
    void everyPackageOfMainIsPlacedInTheRules() {
        Set<String> unplaced = main.stream().map(LayerRules::layer)
                .filter(layer -> !LayerRules.ALLOWED.containsKey(layer)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unplaced).as("packages docs/architecture.md does not place").isEmpty();
    }

    @Test
    void theFacadePackageHoldsAtMostTwelvePublicTypes() {
        List<String> publicTypes = main.stream()
                .filter(c -> c.getPackageName().equals("dev.awsmcp") && c.getModifiers().contains(JavaModifier.PUBLIC)
                        && c.getEnclosingClass().isEmpty())
                .map(JavaClass::getSimpleName).sorted().collect(Collectors.toList());
        assertThat(publicTypes).hasSizeLessThanOrEqualTo(12)
                .contains("AwsMcp", "AwsMcpBuilder", "CommandResult", "ExecutionContext", "CallGate", "AuditSink");
    }

    @Test
    void everySimpleTypeNameAppearsOnceInMain() {
        Map<String, List<String>> byName = new TreeMap<>();
        main.stream().filter(c -> c.getEnclosingClass().isEmpty() && !c.isAnonymousClass()
                        && !c.getSimpleName().equals("package-info"))
                .forEach(c -> byName.computeIfAbsent(c.getSimpleName(), n -> new java.util.ArrayList<>()).add(c.getName()));
        byName.values().removeIf(names -> names.size() == 1);
        assertThat(byName).as("simple names used by more than one top-level type").isEmpty();
    }
}
