package dev.awsmcp.s3;

import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.error.AwsMcpException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Runs {@code aws s3 ls|cp|mv|rm|sync|mb|rb|presign|website} in-process, with the AWS CLI's output text and exit
 * codes. Every S3 request goes through {@link S3Calls}; every local path through the {@link FileReader}'s checks.
 * Thread-safe (holds no per-command state).
 *
 * <pre>{@code
 * S3CommandRunner s3 = new S3CommandRunner(calls, fileGuard, ZoneId.systemDefault());
 * S3Result r = s3.run(highLevelCommand);   // e.g. aws s3 cp ./site s3://bucket/ --recursive
 * }</pre>
 */
public final class S3CommandRunner {
    private final S3Calls calls;
    private final FileReader files;
    private final ZoneId zone;
    private final TransferConfig config;

    /**
     * @param calls how requests are sent
     * @param files the local file checks (the policy stage's file guard, or the working-directory reader)
     * @param zone  the time zone {@code ls} shows times in (the CLI uses the machine's)
     */
    public S3CommandRunner(S3Calls calls, FileReader files, ZoneId zone) {
        this(calls, files, zone, TransferConfig.DEFAULTS);
    }

    S3CommandRunner(S3Calls calls, FileReader files, ZoneId zone, TransferConfig config) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.files = Objects.requireNonNull(files, "files");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Runs one command.
     *
     * @param command a high-level command with service {@code s3}
     * @return output and exit code; errors that end the command early are in {@link S3Result#error()}
     * @throws CommandException when the arguments are invalid (nothing was sent)
     */
    public S3Result run(HighLevelCommand command) {
        if (!command.service().equals("s3")) {
            throw new IllegalArgumentException("not an aws s3 command: aws " + command.service());
        }
        if (command.subcommand().isEmpty() || command.subcommand().equals("help")) {
            throw new CommandException("MissingOperation", "'aws s3' needs a subcommand.",
                    "Subcommands: cp, ls, mb, mv, presign, rb, rm, sync, website; e.g. aws s3 ls s3://my-bucket/.");
        }
        S3Args args = S3ArgumentParser.parse(command.subcommand(), command.args());
        return run(args, command);
    }

    private S3Result run(S3Args args, HighLevelCommand command) {
        BucketCommands buckets = new BucketCommands(calls);
        try {
            switch (args.subcommand()) {
                case "ls":
                    return new ListCommand(calls, zone).run(args, command.options());
                case "mb":
                    return buckets.mb(args, command.options());
                case "rb":
                    return buckets.rb(args, command.options(),
                            rm -> new TransferCommand(calls, files, config).run(rm, command.options()));
                case "website":
                    return buckets.website(args, command.options());
                case "presign":
                    return buckets.presign(args, command.options());
                default:
                    return new TransferCommand(calls, files, config).run(args, command.options());
            }
        } catch (CommandException e) {
            throw e;
        } catch (AwsMcpException e) {
            return S3Result.failed(e, "", "");
        }
    }
}
