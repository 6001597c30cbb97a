package dev.awsmcp.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to real AWS-compatible servers: they are started before the class (shared with
 * other classes in the same JVM) and {@link LocalServer} parameters of lifecycle and test methods are filled in.
 * Tagged {@code servers}, so {@code -DexcludedGroups=servers} leaves these classes out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("servers")
@ExtendWith(LocalServerExtension.class)
public @interface LocalServerTest {
    /** The servers the class needs; a {@link LocalServer} parameter gets the first unless it names another. */
    ServerKind[] value();
}
