package dev.awsmcp.testing;

import java.util.Arrays;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the servers a {@link LocalServerTest} class names before its tests run and resolves {@link LocalServer}
 * parameters. The servers outlive the class (other classes reuse them) and are stopped when the root extension
 * context closes, that is after the last test class of the run.
 */
public final class LocalServerExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("stop-servers", key -> new StopAtEnd(), StopAtEnd.class);
        ServerKind[] kinds = kinds(context);
        LocalServers.startInBackground(kinds);
        for (ServerKind kind : kinds) {
            LocalServers.get(kind);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ServerKind[] kinds = kinds(context);
        ServerKind wanted = parameter.findAnnotation(UseServer.class).map(UseServer::value).orElse(kinds[0]);
        if (!Arrays.asList(kinds).contains(wanted)) {
            throw new ParameterResolutionException(wanted + " is not listed in @LocalServerTest of "
                    + context.getRequiredTestClass().getName());
        }
        return LocalServers.get(wanted);
    }

    private static ServerKind[] kinds(ExtensionContext context) {
        LocalServerTest annotation = AnnotationSupport
                .findAnnotation(context.getRequiredTestClass(), LocalServerTest.class)
                .orElseThrow(() -> new IllegalStateException("annotate the class with @LocalServerTest"));
        if (annotation.value().length == 0) {
            throw new IllegalStateException("@LocalServerTest needs at least one ServerKind");
        }
        return annotation.value();
    }

    /** Closed by JUnit with the root context: stops every server this JVM started. */
    private static final class StopAtEnd implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            LocalServers.stopAll();
        }
    }
}
