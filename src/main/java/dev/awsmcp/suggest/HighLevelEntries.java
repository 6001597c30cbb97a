package dev.awsmcp.suggest;

import java.util.List;

/**
 * The high-level {@code aws s3} commands we run. Descriptions follow the AWS CLI's own
 * ({@code awscli/customizations/s3/subcommands.py}); the name words spell out what the abbreviations mean.
 */
final class HighLevelEntries {
    private static final String SERVICE_TEXT = "s3 . Simple Storage Service . S3 . bucket . buckets";
    private static final String TRANSFER_PARAMS = "recursive . include . exclude . acl . storage class . sse . "
            + "dryrun . quiet . follow symlinks . content type . cache control . metadata";

    private HighLevelEntries() {}

    /** The entries, one per command. */
    static List<CommandEntry> all() {
        return List.of(
                entry("cp", "copy upload download", "files objects",
                        "Copies a local file or S3 object to another location locally or in S3.",
                        List.of(new RequiredParameter("paths", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or "
                                + "<S3Uri> <S3Uri>")), "aws s3 cp <source> <destination>", TRANSFER_PARAMS),
                entry("mv", "move rename", "files objects",
                        "Moves a local file or S3 object to another location locally or in S3.",
                        List.of(new RequiredParameter("paths", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or "
                                + "<S3Uri> <S3Uri>")), "aws s3 mv <source> <destination>", TRANSFER_PARAMS),
                entry("rm", "remove delete", "objects files",
                        "Deletes an S3 object.",
                        List.of(new RequiredParameter("paths", "<S3Uri>")), "aws s3 rm <S3Uri>",
                        "recursive . include . exclude . dryrun . quiet"),
                entry("sync", "sync synchronize", "directory folder prefix",
                        "Syncs directories and S3 prefixes. Recursively copies new and updated files from the source "
                                + "directory to the destination.",
                        List.of(new RequiredParameter("paths", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or "
                                + "<S3Uri> <S3Uri>")), "aws s3 sync <source> <destination>",
                        TRANSFER_PARAMS + " . delete . exact timestamps . size only"),
                entry("ls", "list", "buckets objects prefixes files",
                        "List S3 objects and common prefixes under a prefix or all S3 buckets.",
                        List.of(), "aws s3 ls [<S3Uri>]",
                        "recursive . human readable . summarize . page size . request payer"),
                entry("mb", "make create", "bucket",
                        "Creates an S3 bucket.",
                        List.of(new RequiredParameter("path", "<S3Uri>")), "aws s3 mb s3://<bucket>", "region"),
                entry("rb", "remove delete", "bucket",
                        "Deletes an empty S3 bucket; --force deletes the bucket's objects first.",
                        List.of(new RequiredParameter("path", "<S3Uri>")), "aws s3 rb s3://<bucket>", "force"),
                entry("presign", "presign generate share", "pre-signed presigned url object link",
                        "Generate a pre-signed URL for an Amazon S3 object, so anyone who receives it can retrieve "
                                + "the object with an HTTP GET request.",
                        List.of(new RequiredParameter("path", "<S3Uri>")), "aws s3 presign s3://<bucket>/<key>",
                        "expires in"));
    }

    private static CommandEntry entry(String command, String verbs, String nameWords, String description,
                                      List<RequiredParameter> required, String template, String params) {
        CommandInfo info = new CommandInfo(EntryKind.HIGH_LEVEL, "s3", command, null, null, description, required,
                template, null, false);
        return new CommandEntry(info, new CommandEntry.SearchText(SERVICE_TEXT, verbs,
                command + " " + verbs + " " + nameWords,
                description, params, ""));
    }
}
