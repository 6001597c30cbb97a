package dev.awsmcp.cli;

import dev.awsmcp.sop.AgentSopTools;
import dev.awsmcp.sop.SopException;
import dev.awsmcp.sop.SopLibrary;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code aws-mcp sop [name] [--sop-dir DIR] [--check]}: lists the Agent SOPs, prints one, or checks a user SOP
 * directory and reports every malformed file with file and line.
 */
final class SopCommand implements Subcommand {
    @Override
    public String name() {
        return "sop";
    }

    @Override
    public String summary() {
        return "Agent SOPs: list them, print one ('sop <name>'), or validate a directory ('sop --check --sop-dir DIR').";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        String name = null;
        String dirFlag = null;
        boolean check = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--check")) {
                check = true;
            } else if (a.equals("--sop-dir") && i + 1 < args.size()) {
                dirFlag = args.get(++i);
            } else if (a.equals("--help") || a.equals("-h")) {
                out.println("Usage: aws-mcp sop [name] [--sop-dir DIR] [--check]");
                out.println("  --sop-dir DIR  add or override SOPs from DIR/*.md (default: $" + SopLibrary.ENV_SOP_DIR + ")");
                out.println("  --check        validate every SOP; print file:line for each problem; exit 253 on any");
                return 0;
            } else if (!a.startsWith("-") && name == null) {
                name = a;
            } else {
                err.println("aws-mcp sop: unexpected argument '" + a + "'. Run 'aws-mcp sop --help'.");
                return 252;
            }
        }
        Path dir = SopLibrary.userDirectory(dirFlag, System.getenv());
        try {
            SopLibrary library = SopLibrary.builder().userDirectory(dir).strict(check).build();
            if (check) {
                out.println(library.list().size() + " SOPs are valid" + (dir == null ? "" : " (bundled and " + dir + ")") + ".");
                return 0;
            }
            out.print(new AgentSopTools(library).retrieveAgentSop(name));
            return 0;
        } catch (SopException e) {
            if (e.problems().isEmpty()) {
                err.println("aws-mcp sop: " + e.getMessage() + (e.hint() == null ? "" : "\nHint: " + e.hint()));
            } else {
                e.problems().forEach(p -> err.println(p));
            }
            return e.exitCode();
        } catch (IllegalArgumentException e) {
            err.println("aws-mcp sop: " + e.getMessage());
            return 252;
        }
    }
}
