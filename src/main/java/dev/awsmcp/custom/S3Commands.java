package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.s3.S3Calls;
import dev.awsmcp.s3.S3CommandRunner;
import dev.awsmcp.s3.S3Result;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The high-level {@code aws s3} commands ({@code customizations/s3/subcommands.py}): {@link S3Plans} says what each
 * reads and writes, {@link S3CommandRunner} runs it. A failed transfer is a result with the CLI's exit code (1, or
 * 2 for skipped files) and what it printed so far, not an exception.
 */
final class S3Commands implements Customization {
    private static final Map<String, String> COMMANDS = commandTable();

    @Override
    public String group() {
        return "s3";
    }

    @Override
    public Map<String, String> commands() {
        return COMMANDS;
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        S3Plans.plan(plan, in.subcommand(), in.positionals(), in.options());
    }

    @Override
    public CustomResult run(HighLevelCommand command, CustomCalls calls) {
        S3Result r;
        try {
            r = new S3CommandRunner(s3Calls(calls), calls.files(), calls.zone()).run(command);
        } catch (AwsMcpException e) {
            r = new S3Result(e.exitCode(), "", "", e);
        }
        String sub = command.subcommand();
        if (r.exitCode() == 0 && r.error() == null) {
            // presign's URL is also its JSON value; the other commands print a log of what they did
            return sub.equals("presign") ? CustomResult.text(r.stdout()) : CustomResult.printed(r.stdout());
        }
        return CustomResult.failed(r.exitCode() == 0 ? 255 : r.exitCode(), r.stdout(), failure(r, sub));
    }

    private static CustomResult.Failure failure(S3Result r, String sub) {
        String stderr = r.stderr().strip();
        if (r.error() != null) {
            String message = r.error().getMessage() + (stderr.isEmpty() ? "" : "\n" + stderr);
            return new CustomResult.Failure(r.error().code(), message, r.error().hint());
        }
        if (sub.equals("ls")) {
            return new CustomResult.Failure("NoMatchingObjects", "No objects or prefixes match the given path.",
                    "List the parent prefix, e.g. 'aws s3 ls s3://bucket/prefix/', to see what exists.");
        }
        if (r.exitCode() == 2) {
            return new CustomResult.Failure("S3TransferWarnings", stderr.isEmpty() ? "Some files were skipped."
                    : stderr, "The warnings name the skipped files and why.");
        }
        return new CustomResult.Failure("S3TransferFailed", stderr.isEmpty() ? "Some transfers failed." : stderr,
                "The lines above name each failed file and the service's error; fix them and run the command again.");
    }

    /** The S3 runner's view of the customization calls: every call goes to the s3 model. */
    static S3Calls s3Calls(CustomCalls calls) {
        return s3Calls(calls, null);
    }

    /**
     * The same, signed with other credentials.
     *
     * @param signWith the credentials, or null for the profile's
     */
    static S3Calls s3Calls(CustomCalls calls, RoleCredentials signWith) {
        return new S3Calls() {
            @Override
            public ObjectNode call(String operation, ObjectNode params, GlobalOptions options) {
                return signWith == null ? calls.call("s3", operation, params, options)
                        : calls.call("s3", operation, params, signWith, options);
            }

            @Override
            public ObjectNode download(ObjectNode params, Path target, GlobalOptions options) {
                return calls.download("s3", "GetObject", params, target, options);
            }

            @Override
            public URI presign(ObjectNode params, Duration expiresIn, GlobalOptions options) {
                return calls.presignRequest("s3", "GetObject", params, expiresIn, options);
            }

            @Override
            public String region(GlobalOptions options) {
                return calls.region(options);
            }
        };
    }

    private static Map<String, String> commandTable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cp", "Copies a local file or S3 object to another location locally or in S3.");
        m.put("mv", "Moves a local file or S3 object to another location locally or in S3.");
        m.put("rm", "Deletes an S3 object.");
        m.put("sync", "Syncs directories and S3 prefixes.");
        m.put("ls", "Lists S3 objects and common prefixes under a prefix or all S3 buckets.");
        m.put("mb", "Creates an S3 bucket.");
        m.put("rb", "Deletes an empty S3 bucket (or, with --force, a bucket and its objects).");
        m.put("presign", "Generates a pre-signed URL for an Amazon S3 object.");
        m.put("website", "Sets the website configuration for a bucket.");
        return Map.copyOf(m);
    }
}
