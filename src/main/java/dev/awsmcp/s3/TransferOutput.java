package dev.awsmcp.s3;

/**
 * What a transfer command prints ({@code results.ResultPrinter} without the progress line): successes and dry runs
 * on standard output, failures, warnings and fatal errors on standard error; {@code --quiet} prints nothing,
 * {@code --only-show-errors} drops the successes. Counts failures and warnings for the exit code. Not thread-safe.
 */
final class TransferOutput {
    private final boolean quiet;
    private final boolean onlyErrors;
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private int failed;
    private int warned;
    private int errors;

    TransferOutput(boolean quiet, boolean onlyErrors) {
        this.quiet = quiet;
        this.onlyErrors = onlyErrors;
    }

    void success(String type, String src, String dest) {
        if (!quiet && !onlyErrors) {
            stdout.append(type).append(": ").append(location(src, dest)).append('\n');
        }
    }

    void dryRun(String type, String src, String dest) {
        if (!quiet) {
            stdout.append("(dryrun) ").append(type).append(": ").append(location(src, dest)).append('\n');
        }
    }

    void failure(String type, String src, String dest, String exception) {
        failed++;
        if (!quiet) {
            stderr.append(type).append(" failed: ").append(location(src, dest)).append(' ').append(exception).append('\n');
        }
    }

    /** A warning; the message carries its own {@code warning: } prefix. */
    void warning(String message) {
        warned++;
        if (!quiet) {
            stderr.append(message).append('\n');
        }
    }

    void fatal(String exception) {
        errors++;
        if (!quiet) {
            stderr.append("fatal error: ").append(exception).append('\n');
        }
    }

    private static String location(String src, String dest) {
        return dest == null ? src : src + " to " + dest;
    }

    /** 1 when anything failed, 2 when there were only warnings, else 0. */
    int exitCode() {
        if (failed + errors > 0) {
            return 1;
        }
        return warned > 0 ? 2 : 0;
    }

    String stdout() {
        return stdout.toString();
    }

    String stderr() {
        return stderr.toString();
    }
}
