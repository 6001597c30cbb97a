package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.error.AwsMcpException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code cp}, {@code mv}, {@code rm} and {@code sync} ({@code subcommands.CommandArchitecture}): find the source
 * files, filter them, compare them with the destination ({@code sync}), then transfer each one.
 */
final class TransferCommand {
    /** The most {@code cp s3://bucket/key -} prints: it is held in memory, and results are text. */
    static final long STDOUT_LIMIT = 16L * 1024 * 1024;

    private final S3Calls calls;
    private final LocalPaths local;
    private final TransferConfig config;

    TransferCommand(S3Calls calls, FileReader files, TransferConfig config) {
        this.calls = calls;
        this.local = new LocalPaths(files);
        this.config = config;
    }

    S3Result run(S3Args args, GlobalOptions options) {
        TransferPaths paths = TransferPaths.of(args);
        validate(args, paths);
        GlobalOptions sourceOptions = sourceOptions(args, paths, options);
        TransferOutput out = new TransferOutput(args.flag("quiet"), args.flag("only-show-errors"));
        String cmd = args.subcommand();
        if (paths.toStdout()) {
            return toStdout(args, paths, sourceOptions, out);
        }
        try {
            if (paths.type().equals("s3local") && paths.dirOp() && !args.flag("dryrun")) {
                Files.createDirectories(local.write(paths.dest()));
            }
            String operation = operation(paths.type());
            TransferRoots roots = TransferRoots.of(paths.src(), paths.dest(), paths.dirOp(), local, true);
            PathFilter filter = PathFilter.of(args.filters(), paths, local);
            boolean follow = !args.flag("no-follow-symlinks");
            RequestParams params = new RequestParams(args);
            FileGenerator sourceFiles = new FileGenerator(calls, sourceOptions, local, follow, args.integer("page-size"),
                    params.requestPayer(), out);
            List<FileStat> files = filter.apply(sourceFiles.generate(roots, operation));
            if (cmd.equals("sync")) {
                files = SyncComparator.forArgs(args).compare(files, destinationFiles(args, paths, options, filter, out));
            }
            TransferExecutor executor = new TransferExecutor(calls, local, args, out, config, options, sourceOptions,
                    paths.isMove());
            TransferScheduler.runAll(files, executor, out, args.flag("dryrun"), config.workers());
        } catch (AwsMcpException e) {
            if (e.exitCode() != 254) {
                return S3Result.failed(e, out.stdout(), out.stderr());
            }
            out.fatal(e.getMessage());
        } catch (IOException e) {
            out.fatal(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return new S3Result(out.exitCode(), out.stdout(), out.stderr(), null);
    }

    /**
     * {@code cp s3://bucket/key -}: the object's bytes on standard output and nothing else, as the CLI streams them.
     * The source is checked first with HeadObject, as the CLI's file generator does, so a missing key fails the
     * same way. Results carry text: an object that is not UTF-8, or larger than {@link #STDOUT_LIMIT}, is refused
     * with a hint to copy it to a file.
     */
    private S3Result toStdout(S3Args args, TransferPaths paths, GlobalOptions options, TransferOutput out) {
        S3Location src = paths.srcLocation();
        RequestParams params = new RequestParams(args);
        Path temp = null;
        try {
            checkStdoutSize(paths, FileGenerator.head(calls, src, params.requestPayer(), options)
                    .path("ContentLength").asLong(0));
            ObjectNode get = params.getObject();
            get.put("Bucket", src.bucket());
            get.put("Key", src.key());
            // our own temporary file, outside the file guard's reach on purpose: no user path is written
            temp = Files.createTempFile("aws-mcp-stdout-", ".part");
            calls.download(get, temp, options);
            checkStdoutSize(paths, Files.size(temp)); // the object may have grown since HeadObject
            byte[] body = Files.readAllBytes(temp);
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                throw new S3CommandException("BinaryOutput", paths.src() + " is not UTF-8 text (" + body.length
                        + " bytes); aws-mcp prints text only.", "Copy it to a file instead of '-'.", 255);
            }
            return new S3Result(0, text, "", null);
        } catch (AwsMcpException e) {
            if (e.exitCode() != 254) {
                return S3Result.failed(e, "", "");
            }
            out.fatal(e.getMessage());
        } catch (IOException e) {
            out.fatal(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file in the system's temporary directory
                }
            }
        }
        return new S3Result(out.exitCode(), out.stdout(), out.stderr(), null);
    }

    private static void checkStdoutSize(TransferPaths paths, long size) {
        if (size > STDOUT_LIMIT) {
            throw new S3CommandException("OutputTooLarge", paths.src() + " is " + size + " bytes; aws-mcp prints at "
                    + "most " + STDOUT_LIMIT + " bytes to standard output.", "Copy it to a file instead of '-'.", 255);
        }
    }

    /** The destination listing of {@code sync} (the CLI's reverse file generator). */
    private List<FileStat> destinationFiles(S3Args args, TransferPaths paths, GlobalOptions options, PathFilter filter,
                                            TransferOutput out) {
        if (!paths.destIsS3() && !Files.isDirectory(local.write(paths.dest()))) {
            return List.of(); // only with --dryrun: the CLI would have created the directory
        }
        TransferRoots reverse = TransferRoots.of(paths.dest(), paths.src(), paths.dirOp(), local, true);
        FileGenerator gen = new FileGenerator(calls, options, local, !args.flag("no-follow-symlinks"),
                args.integer("page-size"), args.value("request-payer"), out);
        return filter.apply(gen.generate(reverse, ""));
    }

    private static String operation(String type) {
        switch (type) {
            case "locals3": return "upload";
            case "s3local": return "download";
            case "s3s3": return "copy";
            default: return "delete";
        }
    }

    /** {@code --source-region} applies to the source of an S3-to-S3 transfer, whose endpoint is then the default. */
    private static GlobalOptions sourceOptions(S3Args args, TransferPaths paths, GlobalOptions o) {
        String region = args.value("source-region");
        if (region == null || !paths.type().equals("s3s3")) {
            return o;
        }
        return new GlobalOptions(region, o.profile(), null, o.output(), o.query(), o.paginate(), o.pageSize(),
                o.maxItems(), o.startingToken(), o.readTimeoutSeconds(), o.connectTimeoutSeconds(), o.color(),
                o.noSignRequest(), o.noVerifySsl(), o.caBundle(), o.debug(), o.cliBinaryFormat(), o.role());
    }

    /** {@code CommandParameters} checks that need no I/O, and the options' values (so a bad one fails before any call). */
    private static void validate(S3Args args, TransferPaths paths) {
        pair(args, "sse-c", "sse-c-key");
        pair(args, "sse-c-copy-source", "sse-c-copy-source-key");
        if (args.value("sse-c-copy-source") != null && !paths.type().equals("s3s3")) {
            throw new CommandException("InvalidArgument", "--sse-c-copy-source is only supported for copy operations.",
                    "Use it with an S3-to-S3 cp, mv or sync.");
        }
        if (args.value("checksum-algorithm") != null && !paths.destIsS3()) {
            throw paramsType("checksum-algorithm", "<LocalPath> <S3Uri>, <S3Uri> <S3Uri>", paths);
        }
        if (args.value("checksum-mode") != null && !paths.type().equals("s3local")) {
            throw paramsType("checksum-mode", "<S3Uri> <LocalPath>", paths);
        }
        RequestParams p = new RequestParams(args);
        p.putObject();
        p.copyObject();
    }

    private static void pair(S3Args args, String a, String b) {
        if ((args.value(a) == null) != (args.value(b) == null)) {
            String given = args.value(a) != null ? a : b;
            String missing = given.equals(a) ? b : a;
            throw new CommandException("InvalidArgument", "It --" + given + " is specified, --" + missing
                    + " must be specified as well.", "Add --" + missing + ".");
        }
    }

    private static CommandException paramsType(String param, String allowed, TransferPaths paths) {
        return new CommandException("InvalidArgument", "Expected " + param + " parameter to be used with one of "
                + "following path formats: " + allowed + ". Instead, received " + shape(paths.type()) + ".",
                "Drop --" + param + " for this kind of transfer.");
    }

    private static String shape(String type) {
        switch (type) {
            case "locals3": return "<LocalPath> <S3Uri>";
            case "s3s3": return "<S3Uri> <S3Uri>";
            case "s3local": return "<S3Uri> <LocalPath>";
            default: return "<S3Uri>";
        }
    }
}
