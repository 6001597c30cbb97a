package dev.awsmcp.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Picks which of a {@link LocalServerTest} class's servers a {@link LocalServer} parameter gets. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UseServer {
    /** The server. */
    ServerKind value();
}
