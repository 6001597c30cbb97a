package dev.awsmcp.s3;

import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.HighLevelCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * Says which S3 API operations an {@code aws s3} command will call, and which local paths it touches, without
 * sending anything or reading the file system. The policy stage classifies a high-level command by this plan.
 *
 * <pre>{@code
 * S3CommandPlan plan = S3Planner.plan(highLevelCommand);
 * plan.sentOperations();   // [ListObjectsV2, GetObject, DeleteObject] for "aws s3 mv s3://b/p/ ./d --recursive"
 * plan.readOnly();         // false
 * }</pre>
 */
public final class S3Planner {
    private static final List<String> MULTIPART_UPLOAD = List.of("CreateMultipartUpload", "UploadPart",
            "CompleteMultipartUpload", "AbortMultipartUpload");
    private static final List<String> MULTIPART_COPY = List.of("CreateMultipartUpload", "UploadPartCopy",
            "CompleteMultipartUpload", "AbortMultipartUpload");

    private S3Planner() {}

    /**
     * Plans an {@code aws s3} command.
     *
     * @param command a high-level command with service {@code s3}
     * @return the plan
     * @throws CommandException when the command's arguments are invalid (the same error running it would give)
     * @throws IllegalArgumentException when the command is not an {@code aws s3} command
     */
    public static S3CommandPlan plan(HighLevelCommand command) {
        if (!command.service().equals("s3")) {
            throw new IllegalArgumentException("not an aws s3 command: aws " + command.service());
        }
        S3Args args = S3ArgumentParser.parse(command.subcommand(), command.args());
        return plan(args);
    }

    static S3CommandPlan plan(S3Args args) {
        String cmd = args.subcommand();
        Builder b = new Builder(args.flag("dryrun"));
        switch (cmd) {
            case "ls": {
                String path = args.paths().isEmpty() ? "s3://" : args.paths().get(0);
                S3Location loc = S3Location.of(S3Location.isS3(path) ? path.substring(5) : path);
                if (loc.bucket().isEmpty()) {
                    b.read("ListBuckets", "");
                } else {
                    b.read("ListObjectsV2", loc.bucket());
                }
                break;
            }
            case "website":
                b.write("PutBucketWebsite", BucketCommands.websiteBucket(args.paths().get(0)), true);
                break;
            case "presign":
                b.ops.add(new PlannedOperation("GetObject", S3Location.ofUri(args.paths().get(0)).bucket(), false, false));
                break;
            case "mb":
                b.write("CreateBucket", S3Location.ofUri(args.paths().get(0)).bucket(), true);
                break;
            case "rb": {
                String bucket = S3Location.ofUri(args.paths().get(0)).bucket();
                if (args.flag("force")) {
                    b.read("ListObjectsV2", bucket);
                    b.write("DeleteObject", bucket, true);
                }
                b.write("DeleteBucket", bucket, true);
                break;
            }
            default:
                transfer(args, TransferPaths.of(args), b);
        }
        return new S3CommandPlan(cmd, b.ops, b.local, args.flag("dryrun"));
    }

    private static void transfer(S3Args args, TransferPaths paths, Builder b) {
        String cmd = args.subcommand();
        boolean sync = cmd.equals("sync");
        boolean delete = sync && args.flag("delete");
        boolean send = !args.flag("dryrun");
        if (paths.type().equals("s3")) {
            String bucket = paths.srcLocation().bucket();
            if (paths.dirOp()) {
                b.read("ListObjectsV2", bucket);
            }
            b.write("DeleteObject", bucket, send);
            return;
        }
        if (paths.srcIsS3()) {
            S3Location src = paths.srcLocation();
            b.read(paths.dirOp() || src.key().isEmpty() ? "ListObjectsV2" : "HeadObject", src.bucket());
        } else {
            b.local(paths.src(), LocalAccess.Mode.READ);
        }
        if (sync && paths.destIsS3()) {
            b.read("ListObjectsV2", paths.destLocation().bucket());
        }
        switch (paths.type()) {
            case "locals3": {
                String bucket = paths.destLocation().bucket();
                b.write("PutObject", bucket, send);
                for (String op : MULTIPART_UPLOAD) {
                    b.write(op, bucket, send);
                }
                break;
            }
            case "s3local":
                b.read("GetObject", paths.srcLocation().bucket(), send);
                if (send) {
                    b.local(paths.dest(), LocalAccess.Mode.WRITE);
                }
                break;
            default: {
                String bucket = paths.destLocation().bucket();
                b.write("CopyObject", bucket, send);
                for (String op : MULTIPART_COPY) {
                    b.write(op, bucket, send);
                }
            }
        }
        if (paths.isMove()) {
            if (paths.srcIsS3()) {
                b.write("DeleteObject", paths.srcLocation().bucket(), send);
            } else if (send) {
                b.local(paths.src(), LocalAccess.Mode.DELETE);
            }
        }
        if (delete) {
            if (paths.destIsS3()) {
                b.write("DeleteObject", paths.destLocation().bucket(), send);
            } else if (send) {
                b.local(paths.dest(), LocalAccess.Mode.DELETE);
            }
        }
    }

    private static final class Builder {
        final boolean dryRun;
        final List<PlannedOperation> ops = new ArrayList<>();
        final List<LocalAccess> local = new ArrayList<>();

        Builder(boolean dryRun) {
            this.dryRun = dryRun;
        }

        void read(String op, String bucket) {
            read(op, bucket, true);
        }

        void read(String op, String bucket, boolean sent) {
            add(new PlannedOperation(op, bucket, false, sent));
        }

        void write(String op, String bucket, boolean sent) {
            add(new PlannedOperation(op, bucket, true, sent));
        }

        void local(String path, LocalAccess.Mode mode) {
            LocalAccess a = new LocalAccess(path, mode);
            if (!local.contains(a)) {
                local.add(a);
            }
        }

        private void add(PlannedOperation o) {
            if (!ops.contains(o)) {
                ops.add(o);
            }
        }
    }
}
