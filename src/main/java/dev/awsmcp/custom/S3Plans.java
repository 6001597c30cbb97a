package dev.awsmcp.custom;

import dev.awsmcp.model.AccessLevel;
import java.util.List;
import java.util.Map;

/**
 * The calls of {@code aws s3 ...} (awscli/customizations/s3/subcommands.py): which side of a transfer is read and
 * which written, what {@code --recursive}, {@code --delete} and {@code --force} add.
 */
final class S3Plans {
    private S3Plans() {}

    static void plan(CustomPlan b, String c, List<String> args, Map<String, List<String>> opts) {
        boolean recursive = opts.containsKey("--recursive");
        String src = args.isEmpty() ? null : args.get(0);
        String dst = args.size() > 1 ? args.get(1) : null;
        switch (c) {
            case "ls":
                if (src == null || src.equals("s3://")) {
                    b.api("s3", "ListBuckets");
                } else {
                    b.api("s3", "ListObjectsV2");
                }
                break;
            case "cp":
            case "mv":
            case "sync":
                transfer(b, c, src, dst, recursive || c.equals("sync"), opts.containsKey("--delete"));
                break;
            case "rm":
                if (recursive) {
                    b.api("s3", "ListObjectsV2");
                }
                b.api("s3", "DeleteObject");
                break;
            case "mb":
                b.api("s3", "CreateBucket");
                break;
            case "rb":
                if (opts.containsKey("--force")) {
                    b.api("s3", "ListObjectsV2");
                    b.api("s3", "DeleteObject");
                }
                b.api("s3", "DeleteBucket");
                break;
            case "website":
                b.api("s3", "PutBucketWebsite");
                break;
            case "presign":
                b.local("s3", "presign", List.of("s3:GetObject"), AccessLevel.READ, true,
                        "signs a URL that lets anyone holding it read the object with your credentials");
                break;
            default:
                break;
        }
    }

    private static void transfer(CustomPlan b, String c, String src, String dst, boolean list, boolean delete) {
        boolean srcS3 = isS3(src);
        boolean dstS3 = isS3(dst);
        if (list && srcS3) {
            b.api("s3", "ListObjectsV2");
        }
        if (list && dstS3 && c.equals("sync")) {
            b.api("s3", "ListObjectsV2");
        }
        if (srcS3 && dstS3) {
            b.api("s3", "HeadObject");
            b.api("s3", "CopyObject");
        } else if (srcS3) {
            b.api("s3", "HeadObject");
            b.api("s3", "GetObject");
            if (!"-".equals(dst)) {
                b.local("s3", c + " (download)", List.of("local:WriteFile"), AccessLevel.WRITE, false,
                        "writes downloaded objects to the local disk");
                b.write(dst);
            }
        } else if (dstS3) {
            b.api("s3", "PutObject");
            b.read(src);
        } else {
            b.local("s3", c, List.of("local:WriteFile"), AccessLevel.WRITE, false, "copies between local paths");
            b.read(src);
            b.write(dst);
        }
        if (c.equals("mv")) {
            if (srcS3) {
                b.api("s3", "DeleteObject");
            } else {
                b.local("s3", "mv (delete source)", List.of("local:DeleteFile"), AccessLevel.WRITE, false,
                        "deletes the local source files");
                b.write(src);
            }
        }
        if (c.equals("sync") && delete) {
            if (dstS3) {
                b.api("s3", "DeleteObject");
            } else {
                b.local("s3", "sync --delete", List.of("local:DeleteFile"), AccessLevel.WRITE, false,
                        "deletes local files missing from the source");
            }
        }
    }

    static boolean isS3(String path) {
        return path != null && path.regionMatches(true, 0, "s3://", 0, 5);
    }

}
