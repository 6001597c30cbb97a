package dev.awsmcp.cli;

import dev.awsmcp.auditmode.AuditPlanner;
import dev.awsmcp.auditmode.AuditRequest;
import dev.awsmcp.auditmode.CheckException;
import dev.awsmcp.auditmode.LeastPrivilegePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code aws-mcp policy from-audit FILE}: the IAM policy allowing exactly the actions an audit trail shows;
 * {@code aws-mcp policy for-packs security,cost}: the policy the audit packs need.
 */
final class PolicyCommand implements Subcommand {
    @Override
    public String name() {
        return "policy";
    }

    @Override
    public String summary() {
        return "IAM policy JSON: 'policy from-audit FILE' (actions an audit trail shows) | 'policy for-packs security,cost'.";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        if (args.size() != 2 || !(args.get(0).equals("from-audit") || args.get(0).equals("for-packs"))) {
            err.println("Usage: aws-mcp policy from-audit FILE|-   or   aws-mcp policy for-packs security,inventory,cost");
            return args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("-h")) ? 0 : 2;
        }
        Set<String> actions;
        try {
            if (args.get(0).equals("from-audit")) {
                List<String> lines;
                if (args.get(1).equals("-")) {
                    lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                } else {
                    Path file = Path.of(args.get(1));
                    if (!Files.isReadable(file)) {
                        err.println("aws-mcp policy: cannot read the audit trail " + file + ".");
                        return 2;
                    }
                    lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                }
                actions = LeastPrivilegePolicy.actionsFromTrail(lines);
                if (actions.isEmpty()) {
                    err.println("aws-mcp policy: the audit trail shows no allowed AWS call, so there is nothing to allow.");
                    return 2;
                }
            } else {
                List<String> packs = new ArrayList<>(List.of(args.get(1).split(",")));
                actions = LeastPrivilegePolicy.actionsForChecks(new AuditPlanner().checks(new AuditRequest(packs,
                        List.of(), null, null, null, null, null, null, null, null)));
            }
        } catch (CheckException e) {
            err.println("aws-mcp policy: " + e.getMessage());
            if (e.hint() != null) {
                err.println("Hint: " + e.hint());
            }
            return 2;
        }
        out.println(CliJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(LeastPrivilegePolicy.document(actions)));
        return 0;
    }
}
