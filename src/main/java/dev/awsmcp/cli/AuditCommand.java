package dev.awsmcp.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.audit.AuditTrail;
import dev.awsmcp.audit.RotatingFileSink;
import dev.awsmcp.auditmode.AuditPlanner;
import dev.awsmcp.auditmode.AuditReports;
import dev.awsmcp.auditmode.AuditRequest;
import dev.awsmcp.auditmode.AuditResult;
import dev.awsmcp.auditmode.AuditRunner;
import dev.awsmcp.auditmode.Check;
import dev.awsmcp.auditmode.CheckException;
import dev.awsmcp.auditmode.LeastPrivilegePolicy;
import dev.awsmcp.auditmode.Severity;
import dev.awsmcp.auditmode.TerminalSummary;
import dev.awsmcp.client.auth.AwsEnvironment;
import dev.awsmcp.client.auth.ProfileChoice;
import dev.awsmcp.client.auth.RegionResolver;
import dev.awsmcp.engine.AuditTrailSink;
import dev.awsmcp.mcp.ProfileSummaries;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code aws-mcp audit}: runs the read-only check packs and writes the reports. Always read-only: the facade is
 * built in read-only mode, every command also passes the audit's own read-only gate, and no flag changes that.
 * Exit code 0: no FAIL at or above {@code --min-severity}; 1: findings; 2: the audit could not run.
 */
final class AuditCommand implements Subcommand {
    private static final Set<String> FORMATS = Set.of("json", "html", "sarif", "csv");

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary() {
        return "Read-only audit: 'audit --region '*' --pack security,cost --out DIR' (reports: json, html, sarif, csv).";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("aws-mcp audit: " + e.getMessage());
            err.println("Run 'aws-mcp audit --help' for the options.");
            return 2;
        }
        if (o.help) {
            usage(out);
            return 0;
        }
        AuditPlanner planner = new AuditPlanner();
        List<Check> checks;
        try {
            checks = planner.checks(o.request);
        } catch (CheckException e) {
            printError(err, e.getMessage(), e.hint());
            return 2;
        }
        if (o.listChecks) {
            for (Check c : checks) {
                out.printf("%-40s %-8s %-10s %s%s%n", c.id(), c.severity().label(), c.pack(), c.title(),
                        c.cis() == null ? "" : " (CIS " + c.cis() + ")");
            }
            return 0;
        }
        Path trailFile = o.auditFile != null ? o.auditFile : o.outDir != null ? o.outDir.resolve("audit-trail.jsonl")
                : null;
        if (o.outDir != null) {
            try {
                Files.createDirectories(o.outDir);
            } catch (IOException e) {
                printError(err, "Cannot create the report directory " + o.outDir + ": " + e.getMessage(),
                        "Pick a directory you can write, e.g. --out ./audit-report.");
                return 2;
            }
        }
        try {
            dev.awsmcp.audit.AuditFlags.checkWritable(trailFile == null ? Path.of(System.getProperty("user.home"),
                    ".aws-mcp", "audit", "audit.jsonl") : trailFile);
        } catch (dev.awsmcp.audit.AuditException e) {
            printError(err, e.getMessage(), "Give a writable --audit-file, or free disk space.");
            return 2;
        }
        AuditTrail trail = AuditTrail.builder().sink(trailFile == null ? RotatingFileSink.atDefaultLocation()
                : new RotatingFileSink(trailFile, RotatingFileSink.DEFAULT_MAX_BYTES, RotatingFileSink.DEFAULT_KEEP))
                .build();
        boolean terminal = System.console() != null;
        ExecutionContext context = new ExecutionContext("aws-mcp-audit", null, "audit", (done, total, message) -> {
            if (terminal && total > 0) {
                err.print("\r\033[K" + message);
                err.flush();
            }
        }, null, null);
        try (trail; AwsMcp aws = AwsMcp.builder().readOnly(true).connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20)).auditSink(new AuditTrailSink(trail)).build()) {
            AwsEnvironment env = AwsEnvironment.system();
            Function<String, String> defaultRegion = profile -> new RegionResolver(null, env)
                    .resolve(null, ProfileChoice.resolve(profile, null, env));
            List<AuditRunner.Target> targets;
            try {
                targets = planner.targets(aws, o.request, ProfileSummaries.defaults()::credentialed, defaultRegion,
                        context);
            } catch (CheckException e) {
                printError(err, e.getMessage(), e.hint());
                return 2;
            }
            AuditResult result = new AuditRunner(aws, new AuditRunner.Limits(o.parallel, o.parallel * 3),
                    Clock.systemUTC()).run(checks, targets, context);
            if (terminal) {
                err.print("\r\033[K");
            }
            out.print(TerminalSummary.render(result, o.request.minSeverity(), 20));
            if (o.outDir != null) {
                ObjectNode scope = o.request.scope();
                List<Path> written = AuditReports.write(result, scope, o.outDir, o.formats);
                written.forEach(p -> out.println("Wrote " + p));
                if (trailFile != null) {
                    out.println("Audit trail: " + trailFile);
                }
                if (o.iamPolicy && trailFile != null && Files.exists(trailFile)) {
                    Path policy = o.outDir.resolve("iam-policy.json");
                    Files.writeString(policy, CliJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                            LeastPrivilegePolicy.document(LeastPrivilegePolicy.actionsFromTrail(
                                    Files.readAllLines(trailFile)))) + "\n");
                    out.println("Wrote " + policy + " (the IAM actions this audit used)");
                }
            }
            return result.failsAtOrAbove(o.request.minSeverity()) ? 1 : 0;
        }
    }

    private static void printError(PrintStream err, String message, String hint) {
        err.println("aws-mcp audit: " + message);
        if (hint != null) {
            err.println("Hint: " + hint);
        }
    }

    private static void usage(PrintStream out) {
        out.println("""
                Usage: aws-mcp audit [--profile P | --role-arn ARN | --accounts IDS|'*' [--role-name NAME] | --profiles P,Q|'*']
                                     [--region R|'*'] [--pack security,inventory,cost | --checks ID,ID] [--checks-dir DIR]
                                     [--min-severity critical|high|medium|low] [--out DIR] [--format json,html,sarif,csv]
                                     [--parallel N] [--audit-file FILE] [--iam-policy] [--list-checks]

                Runs read-only checks and writes report.json, report.html, report.sarif and report.csv to --out.
                Always read-only; every call is recorded in the audit trail (DIR/audit-trail.jsonl with --out)
                with the tool audit:<check id>. Exit code 0: no FAIL at or above --min-severity (default low);
                1: findings; 2: the audit could not run. --iam-policy also writes DIR/iam-policy.json, the IAM
                policy allowing exactly the actions the audit used. See docs/audit.md.""");
    }

    /** The parsed flags. */
    private static final class Options {
        AuditRequest request;
        Path outDir;
        Path auditFile;
        List<String> formats = List.of("json", "html");
        int parallel = AuditRunner.Limits.DEFAULTS.parallelChecks();
        boolean help;
        boolean listChecks;
        boolean iamPolicy;

        static Options parse(List<String> args) {
            Options o = new Options();
            List<String> packs = new ArrayList<>();
            List<String> checks = new ArrayList<>();
            Path checksDir = null;
            String region = null;
            String profile = null;
            String roleArn = null;
            String accounts = null;
            String profiles = null;
            String roleName = null;
            Severity min = Severity.LOW;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--help", "-h" -> o.help = true;
                    case "--list-checks" -> o.listChecks = true;
                    case "--iam-policy" -> o.iamPolicy = true;
                    case "--pack", "--packs" -> packs.addAll(list(value(args, ++i, a)));
                    case "--checks" -> checks.addAll(list(value(args, ++i, a)));
                    case "--checks-dir" -> checksDir = Path.of(value(args, ++i, a));
                    case "--region" -> region = value(args, ++i, a);
                    case "--profile" -> profile = value(args, ++i, a);
                    case "--role-arn" -> roleArn = value(args, ++i, a);
                    case "--accounts" -> accounts = value(args, ++i, a);
                    case "--profiles" -> profiles = value(args, ++i, a);
                    case "--role-name" -> roleName = value(args, ++i, a);
                    case "--min-severity" -> min = Severity.parse(value(args, ++i, a));
                    case "--out" -> o.outDir = Path.of(value(args, ++i, a));
                    case "--audit-file" -> o.auditFile = Path.of(value(args, ++i, a));
                    case "--parallel" -> o.parallel = positive(value(args, ++i, a), a);
                    case "--format", "--formats" -> {
                        List<String> f = list(value(args, ++i, a));
                        for (String x : f) {
                            if (!FORMATS.contains(x)) {
                                throw new IllegalArgumentException("--format " + x + " is not one of json, html, sarif, csv.");
                            }
                        }
                        o.formats = List.copyOf(new LinkedHashSet<>(f));
                    }
                    case "--read-only", "--no-read-only", "--read-write" -> throw new IllegalArgumentException(a
                            + ": an audit is always read-only; there is nothing to switch.");
                    default -> throw new IllegalArgumentException("unknown option " + a + ".");
                }
            }
            if (accounts != null && profiles != null) {
                throw new IllegalArgumentException("--accounts and --profiles cannot be combined.");
            }
            if (roleArn != null && accounts != null) {
                throw new IllegalArgumentException("--role-arn and --accounts cannot be combined; use --role-name.");
            }
            o.request = new AuditRequest(packs, checks, checksDir, region, profile, roleArn, accounts, profiles,
                    roleName, min);
            return o;
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size() || args.get(i).startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value.");
            }
            return args.get(i);
        }

        private static List<String> list(String v) {
            List<String> out = new ArrayList<>();
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
            return out;
        }

        private static int positive(String v, String option) {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1 && n <= 64) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // fall through
            }
            throw new IllegalArgumentException(option + " must be a whole number from 1 to 64, was '" + v + "'.");
        }
    }
}
