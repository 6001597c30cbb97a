package dev.awsmcp.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point of {@code bin/aws-mcp}. */
public final class Main {
    private Main() {}

    /** Subcommands in the order {@code --help} lists them. Add one line per subcommand. */
    static Map<String, Subcommand> subcommands() {
        Map<String, Subcommand> m = new LinkedHashMap<>();
        for (Subcommand s : List.<Subcommand>of(
                // registry: one entry per subcommand
                new ServeCommand(),
                new RunCommand(),
                new ParseCommand(),
                new ClassifyCommand(),
                new HelpCommand(),
                new SuggestCommand(),
                new SopCommand(),
                new AuditCommand(),
                new PolicyCommand(),
                new ProxyCommand()
        )) {
            m.put(s.name(), s);
        }
        return m;
    }

    /**
     * Runs a subcommand and exits with its code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Map<String, Subcommand> commands = subcommands();
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help") && args.length == 1) {
            usage(out, commands);
            return 0;
        }
        Subcommand cmd = commands.get(args[0]);
        if (cmd == null) {
            err.println("aws-mcp: unknown subcommand '" + args[0] + "'. Run 'aws-mcp --help' for the list.");
            return 252;
        }
        try {
            return cmd.run(List.of(Arrays.copyOfRange(args, 1, args.length)), System.in, out, err);
        } catch (Exception e) {
            err.println("aws-mcp " + args[0] + ": " + e.getMessage());
            return 255;
        }
    }

    private static void usage(PrintStream out, Map<String, Subcommand> commands) {
        out.println("Usage: aws-mcp <subcommand> [options]");
        out.println();
        out.println("Subcommands:");
        commands.values().forEach(c -> out.printf("  %-10s %s%n", c.name(), c.summary()));
        out.println();
        out.println("Run 'aws-mcp <subcommand> --help' for a subcommand's options.");
    }
}
