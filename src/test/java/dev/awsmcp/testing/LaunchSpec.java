package dev.awsmcp.testing;

import java.nio.file.Path;
import java.util.List;

/**
 * How to start one child JVM.
 *
 * @param name       short name, used for the log file and messages
 * @param classpath  the child's classpath entries (jars or directories)
 * @param jvmOptions options before the main class ({@code -D...}, {@code -Xmx...})
 * @param mainClass  the class whose {@code main} runs
 * @param arguments  the program arguments
 */
public record LaunchSpec(String name, List<Path> classpath, List<String> jvmOptions, String mainClass,
                         List<String> arguments) {
    public LaunchSpec {
        classpath = List.copyOf(classpath);
        jvmOptions = List.copyOf(jvmOptions);
        arguments = List.copyOf(arguments);
    }
}
