package dev.awsmcp.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One {@code bin/aws-mcp} subcommand. */
interface Subcommand {
    /** The name typed after {@code aws-mcp}. */
    String name();

    /** One line for {@code aws-mcp --help}. */
    String summary();

    /**
     * Runs the subcommand.
     *
     * @param args the arguments after the subcommand name
     * @param in   standard input
     * @param out  standard output (results only)
     * @param err  standard error (diagnostics)
     * @return the process exit code
     * @throws Exception on unexpected failures; Main prints one line and exits 255
     */
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception;
}
