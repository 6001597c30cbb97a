package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.error.AwsMcpException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Carries out each file of a transfer ({@code s3handler}'s request submitters): upload, download, copy, delete (in
 * S3 or local), with {@code mv} deleting the source after a successful transfer, {@code --dryrun} only printing,
 * and the CLI's warnings (GLACIER objects, keys that climb out of the destination directory).
 *
 * <p>A service error (exit code 254) or a refused local path fails that file and the command goes on, like the CLI;
 * any other error (policy, credentials, connection, cancel) is thrown and ends the command. Thread-safe: files are
 * transferred in parallel by {@link TransferScheduler}, and the warnings go to the output from one thread.
 */
final class TransferExecutor {
    private final S3Calls calls;
    private final LocalPaths local;
    private final S3Args args;
    private final RequestParams params;
    private final TransferOutput out;
    private final MultipartTransfers multipart;
    private final TransferConfig config;
    private final GlobalOptions options;
    private final GlobalOptions sourceOptions;
    private final boolean isMove;

    TransferExecutor(S3Calls calls, LocalPaths local, S3Args args, TransferOutput out, TransferConfig config,
                     GlobalOptions options, GlobalOptions sourceOptions, boolean isMove) {
        this.calls = calls;
        this.local = local;
        this.args = args;
        this.params = new RequestParams(args);
        this.out = out;
        this.multipart = new MultipartTransfers(calls, config);
        this.config = config;
        this.options = options;
        this.sourceOptions = sourceOptions;
        this.isMove = isMove;
    }

    /** The word the CLI prints for a file's transfer ({@code move} for every {@code mv} transfer). */
    String type(FileStat f) {
        return isMove ? "move" : f.operation();
    }

    /**
     * Transfers one file.
     *
     * @return null on success, else the failure text the CLI prints after the file names
     * @throws AwsMcpException when the error must end the whole command (policy, credentials, connection, cancel)
     */
    String attempt(FileStat f) {
        try {
            run(f);
            return null;
        } catch (AwsMcpException e) {
            if (e.exitCode() != 254 && !(e instanceof CommandException) && !(e instanceof S3CommandException)) {
                throw e;
            }
            return e.getMessage();
        } catch (IOException e) {
            return describe(e);
        } catch (java.io.UncheckedIOException e) {
            return describe(e.getCause());
        }
    }

    private void run(FileStat f) throws IOException {
        switch (f.operation()) {
            case "upload":
                upload(f);
                if (isMove) {
                    Files.delete(local.write(f.src()));
                }
                break;
            case "download":
                download(f);
                if (isMove) {
                    deleteObject(S3Location.of(f.src()), sourceOptions);
                }
                break;
            case "copy":
                copy(f);
                if (isMove) {
                    deleteObject(S3Location.of(f.src()), sourceOptions);
                }
                break;
            default:
                if (f.srcS3()) {
                    deleteObject(S3Location.of(f.src()), options);
                } else {
                    Files.delete(local.write(f.src()));
                }
        }
    }

    private void upload(FileStat f) throws IOException {
        Path file = local.read(f.src());
        if (Files.isDirectory(file)) {
            throw new FileSystemException(f.src(), null, "Is a directory");
        }
        S3Location dest = S3Location.of(f.dest());
        long size = Files.size(file);
        String contentType = !args.flag("no-guess-mime-type") && args.value("content-type") == null
                ? MimeTypes.guess(f.src()) : null;
        if (size >= config.threshold()) {
            ObjectNode create = params.createMultipartUpload();
            if (contentType != null) {
                create.put("ContentType", contentType);
            }
            multipart.upload(file, size, dest, create, params.uploadPart(), options);
            return;
        }
        ObjectNode p = params.putObject();
        p.put("Bucket", dest.bucket());
        p.put("Key", dest.key());
        if (contentType != null) {
            p.put("ContentType", contentType);
        }
        p.set("Body", BinaryNode.valueOf(Files.readAllBytes(file)));
        calls.call("PutObject", p, options);
    }

    private void download(FileStat f) throws IOException {
        Path target = local.write(f.dest());
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "Is a directory");
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()
                & 0xffffffL));
        S3Location src = S3Location.of(f.src());
        ObjectNode p = params.getObject();
        p.put("Bucket", src.bucket());
        p.put("Key", src.key());
        try {
            ObjectNode r = calls.download(p, local.write(temp.toString()), sourceOptions);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            java.time.Instant modified = f.lastUpdate() != null ? f.lastUpdate()
                    : ListingPages.instant(r.path("LastModified"));
            if (modified != null) {
                // the CLI sets whole seconds (time.mktime of the timetuple)
                Files.setLastModifiedTime(target, FileTime.from(modified.truncatedTo(ChronoUnit.SECONDS)));
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void copy(FileStat f) {
        S3Location src = S3Location.of(f.src());
        S3Location dest = S3Location.of(f.dest());
        long size = f.size() == null ? 0 : f.size();
        if (size > config.copyMaximum()) {
            ObjectNode create = params.createMultipartUpload();
            multipart.copy(src, size, dest, create, params.uploadPartCopy(), options);
            return;
        }
        ObjectNode p = params.copyObject();
        p.put("Bucket", dest.bucket());
        p.put("Key", dest.key());
        p.set("CopySource", CopySource.of(src));
        calls.call("CopyObject", p, options);
    }

    private void deleteObject(S3Location loc, GlobalOptions opts) {
        ObjectNode p = params.deleteObject();
        p.put("Bucket", loc.bucket());
        p.put("Key", loc.key());
        calls.call("DeleteObject", p, opts);
    }

    /** The warning handlers: a skipped file gets a warning (unless silenced) and is not transferred. */
    boolean skipWithWarning(FileStat f) {
        String op = f.operation();
        if ((op.equals("download") || op.equals("copy")) && !args.flag("force-glacier-transfer")
                && !f.glacierCompatible()) {
            if (!args.flag("ignore-glacier-warnings")) {
                out.warning("warning: Skipping file s3://" + f.src() + ". Object is of storage class GLACIER. Unable to "
                        + "perform " + op + " operations on GLACIER objects. You must restore the object to be able to "
                        + "perform the operation. See aws s3 " + op + " help for additional parameter options to ignore "
                        + "or force these transfers.");
            }
            return true;
        }
        if (op.equals("download") && Path.of(".", f.compareKey()).normalize().startsWith("..")) {
            out.warning("warning: Skipping file " + f.compareKey() + ". File references a parent directory.");
            return true;
        }
        if (op.equals("upload") && f.size() != null && f.size() > 5L * 1024 * 1024 * 1024 * 10_000) {
            out.warning("warning: File " + local.display(f.src()) + " exceeds s3 upload limit of "
                    + HumanSize.format(5L * 1024 * 1024 * 1024 * 10_000) + ".");
        }
        return false;
    }

    /** How the CLI shows source and destination ({@code _format_src_dest}). */
    String[] shown(FileStat f) {
        switch (f.operation()) {
            case "upload":
                return new String[] {local.display(f.src()), "s3://" + f.dest()};
            case "download":
                return new String[] {"s3://" + f.src(), local.display(f.dest())};
            case "copy":
                return new String[] {"s3://" + f.src(), "s3://" + f.dest()};
            default:
                return new String[] {f.srcS3() ? "s3://" + f.src() : local.display(f.src()), null};
        }
    }

    /** Python's OSError text for the common cases. */
    private static String describe(IOException e) {
        String file = e instanceof FileSystemException ? ((FileSystemException) e).getFile() : null;
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory: '" + file + "'";
        }
        if (e instanceof AccessDeniedException) {
            return "[Errno 13] Permission denied: '" + file + "'";
        }
        if (e instanceof FileSystemException && "Is a directory".equals(((FileSystemException) e).getReason())) {
            return "[Errno 21] Is a directory: '" + file + "'";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
