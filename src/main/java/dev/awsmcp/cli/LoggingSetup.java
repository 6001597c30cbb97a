package dev.awsmcp.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Points slf4j-simple at stderr (never stdout, which may carry the MCP protocol) and copies stderr into a log
 * file. Must run before the first logger is created: slf4j-simple reads its system properties once.
 */
final class LoggingSetup {
    private static final String SIMPLE_LOGGER_FILE = "simplelogger.properties";

    private LoggingSetup() {}

    /**
     * @param level   error, warn, info, debug, trace or off
     * @param logFile the file to copy stderr into, or null
     * @param err     where to report a log file that cannot be opened
     */
    static void configure(String level, Path logFile, PrintStream err) {
        // name the binding: otherwise slf4j's ServiceLoader opens every jar on the class path to look for one
        // (~45 ms of start-up CPU with ~100 jars); slf4j falls back to that search if the class is missing
        setIfAbsent("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
        setIfAbsent("slf4j.internal.verbosity", "WARN"); // not the INFO line saying the property above was used
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", level);
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        // the SDK's profile parser warns about every [preview], [plugins] or [sso-session] section, which the AWS CLI
        // reads without complaint; a real parse error still reaches the command as an error
        setIfAbsent("org.slf4j.simpleLogger.log.software.amazon.awssdk.profiles.internal.ProfileFileReader", "error");
        if (!level.equals("debug") && !level.equals("trace")) {
            // libraries are chatty at info (one line per session and request)
            setIfAbsent("org.slf4j.simpleLogger.log.io.modelcontextprotocol", "warn");
            setIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
            setIfAbsent("org.slf4j.simpleLogger.log.reactor", "warn");
        }
        initSlf4j();
        if (logFile != null) {
            try {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                OutputStream file = new FileOutputStream(logFile.toFile(), true);
                System.setErr(new PrintStream(new Tee(System.err, file), true, StandardCharsets.UTF_8));
            } catch (IOException | SecurityException e) {
                err.println("aws-mcp: cannot open log file " + logFile + " (" + e.getMessage() + "); logging to stderr only.");
            }
        }
    }

    /**
     * Starts slf4j now, with every setting above given as a system property, and without slf4j-simple's look-up of a
     * {@code simplelogger.properties} resource: none is on the launcher's class path, and a miss opens every jar on it
     * (~35 ms of start-up CPU with ~100 jars). The look-up goes through the thread's context class loader, so a
     * loader that answers "no such resource" for that one name, set for the duration, skips it.
     */
    private static void initSlf4j() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new ClassLoader(previous) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return SIMPLE_LOGGER_FILE.equals(name) ? null : super.getResourceAsStream(name);
            }
        });
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Writes to two streams; a failing file never silences stderr. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;
        private boolean secondBroken;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            if (!secondBroken) {
                try {
                    second.write(b);
                } catch (IOException e) {
                    secondBroken = true;
                }
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            if (!secondBroken) {
                try {
                    second.write(b, off, len);
                } catch (IOException e) {
                    secondBroken = true;
                }
            }
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            if (!secondBroken) {
                try {
                    second.flush();
                } catch (IOException e) {
                    secondBroken = true;
                }
            }
        }
    }
}
