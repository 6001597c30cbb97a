package dev.awsmcp.testing;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs inside each server's child JVM, in front of the server's own main class: when the parent test JVM goes away
 * (its end of our standard input closes, even on SIGKILL) the child exits too, so no orphaned server keeps a port.
 *
 * <p>Uses the JDK only: it is copied alone into a directory on the child's classpath.
 */
public final class ParentWatch {
    /** How long shutdown hooks may run after the parent went away before the JVM is halted. */
    private static final long HOOK_GRACE_MILLIS = 5_000;

    private ParentWatch() {}

    /**
     * Starts the watch, then the real main class.
     *
     * @param args the real main class, then its arguments
     * @throws Throwable whatever the real main throws
     */
    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: ParentWatch <main-class> [args...]");
        }
        Thread watch = new Thread(ParentWatch::exitAtEndOfInput, "parent-watch");
        watch.setDaemon(true);
        watch.start();
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void exitAtEndOfInput() {
        try {
            while (System.in.read() >= 0) {
                // the parent never writes; anything read is ignored
            }
        } catch (IOException e) {
            // a broken pipe means the same as end of input: the parent is gone
        }
        Thread halter = new Thread(() -> {
            try {
                Thread.sleep(HOOK_GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1);
        }, "parent-watch-halt");
        halter.setDaemon(true);
        halter.start();
        System.exit(0);
    }
}
