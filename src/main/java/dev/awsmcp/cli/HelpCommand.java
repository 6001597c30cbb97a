package dev.awsmcp.cli;

import dev.awsmcp.custom.CustomizationRegistry;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.help.ModelHelp;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceSummary;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** {@code aws-mcp help services | <service> [operation]}: help generated from the bundled models. */
final class HelpCommand implements Subcommand {
    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "Help from the models: 'help <service>' lists operations, 'help <service> <operation>' explains one.";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        ServiceCatalog catalog = ServiceCatalog.bundled();
        ModelHelp help = new ModelHelp(catalog, CustomizationRegistry.bundled().commandNames());
        if (!args.isEmpty() && (args.get(0).equals("--help") || args.get(0).equals("-h"))) {
            out.println("Usage: aws-mcp help services                 (list the services)");
            out.println("       aws-mcp help <service>                (list its operations)");
            out.println("       aws-mcp help <service> <operation>    (parameters, types and examples)");
            return 0;
        }
        try {
            // bare 'aws-mcp help' is the program's own usage (Main); no AWS CLI service is called "services"
            if (args.isEmpty() || args.size() == 1 && args.get(0).equals("services")) {
                out.println("Services (aws-mcp help <service>):");
                for (ServiceSummary s : catalog.services()) {
                    out.printf("  %-32s %s%n", s.cliName(), s.fullName() == null ? "" : s.fullName());
                }
                return 0;
            }
            if (args.size() == 1) {
                out.print(ModelHelp.render(help.service(args.get(0))));
                return 0;
            }
            out.print(ModelHelp.render(help.operation(args.get(0), args.get(1))));
            return 0;
        } catch (CommandException e) {
            err.println("aws-mcp help: " + e.getMessage() + (e.hint() == null ? "" : "\nHint: " + e.hint()));
            return e.exitCode();
        }
    }
}
