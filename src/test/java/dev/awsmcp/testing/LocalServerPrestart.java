package dev.awsmcp.testing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts, in the background, every server that some {@link LocalServerTest} class in the test plan needs, as soon
 * as the plan begins: the servers boot in parallel while other tests run, instead of one after the other when their
 * classes come up. Stops them when the plan ends. Registered through {@code META-INF/services}.
 */
public final class LocalServerPrestart implements TestExecutionListener {
    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        Set<ServerKind> kinds = EnumSet.noneOf(ServerKind.class);
        for (TestIdentifier root : plan.getRoots()) {
            collect(plan, root, kinds);
        }
        if (!kinds.isEmpty()) {
            LocalServers.startInBackground(kinds.toArray(ServerKind[]::new));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        LocalServers.stopAll();
    }

    private static void collect(TestPlan plan, TestIdentifier id, Set<ServerKind> kinds) {
        id.getSource().ifPresent(source -> {
            if (source instanceof ClassSource classSource) {
                try {
                    AnnotationSupport.findAnnotation(classSource.getJavaClass(), LocalServerTest.class)
                            .ifPresent(annotation -> kinds.addAll(List.of(annotation.value())));
                } catch (RuntimeException | LinkageError e) {
                    // a class that cannot load fails in its own test run; prestarting is only an optimisation
                }
            }
        });
        for (TestIdentifier child : plan.getChildren(id)) {
            collect(plan, child, kinds);
        }
    }
}
