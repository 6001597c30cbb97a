package dev.awsmcp.s3;

import dev.awsmcp.s3.S3Option.Arity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The options of each {@code aws s3} subcommand ({@code subcommands.py} ARG_TABLEs and the sync strategies). */
final class S3ArgumentTables {
    static final List<String> ACLS = List.of("private", "public-read", "public-read-write", "authenticated-read",
            "aws-exec-read", "bucket-owner-read", "bucket-owner-full-control", "log-delivery-write");
    static final List<String> STORAGE_CLASSES = List.of("STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA",
            "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "GLACIER_IR");
    static final List<String> CHECKSUM_ALGORITHMS = List.of("CRC64NVME", "CRC32", "SHA256", "SHA1", "CRC32C",
            "SHA512", "XXHASH64", "XXHASH3", "XXHASH128");

    private static final List<S3Option> TRANSFER = List.of(
            S3Option.flag("dryrun"), S3Option.flag("quiet"), S3Option.of("include", Arity.FILTER),
            S3Option.of("exclude", Arity.FILTER), S3Option.one("acl", ACLS.toArray(new String[0])),
            S3Option.flag("follow-symlinks"), S3Option.flag("no-follow-symlinks"), S3Option.flag("no-guess-mime-type"),
            S3Option.optional("sse", "AES256", "AES256", "aws:kms"), S3Option.optional("sse-c", "AES256", "AES256"),
            S3Option.one("sse-c-key"), S3Option.one("sse-kms-key-id"),
            S3Option.optional("sse-c-copy-source", "AES256", "AES256"), S3Option.one("sse-c-copy-source-key"),
            S3Option.one("storage-class", STORAGE_CLASSES.toArray(new String[0])), S3Option.of("grants", Arity.MANY),
            S3Option.one("website-redirect"), S3Option.one("content-type"), S3Option.one("cache-control"),
            S3Option.one("content-disposition"), S3Option.one("content-encoding"), S3Option.one("content-language"),
            S3Option.one("expires"), S3Option.one("source-region"), S3Option.flag("only-show-errors"),
            S3Option.flag("no-progress"), S3Option.integer("page-size"), S3Option.flag("ignore-glacier-warnings"),
            S3Option.flag("force-glacier-transfer"), S3Option.optional("request-payer", "requester", "requester"),
            S3Option.one("checksum-mode", "ENABLED"),
            S3Option.one("checksum-algorithm", CHECKSUM_ALGORITHMS.toArray(new String[0])));
    private static final List<S3Option> COPY_EXTRA = List.of(S3Option.of("metadata", Arity.MAP),
            S3Option.one("metadata-directive", "COPY", "REPLACE"),
            S3Option.one("case-conflict", "ignore", "skip", "warn", "error"));

    static final Map<String, List<S3Option>> OPTIONS = Map.of(
            "ls", List.of(S3Option.flag("recursive"), S3Option.integer("page-size"), S3Option.flag("human-readable"),
                    S3Option.flag("summarize"), S3Option.optional("request-payer", "requester", "requester"),
                    S3Option.one("bucket-name-prefix"), S3Option.one("bucket-region")),
            "website", List.of(S3Option.one("index-document"), S3Option.one("error-document")),
            "presign", List.of(S3Option.integer("expires-in")),
            "cp", concat(TRANSFER, COPY_EXTRA, List.of(S3Option.one("expected-size"), S3Option.flag("recursive"))),
            "mv", concat(TRANSFER, COPY_EXTRA, List.of(S3Option.flag("recursive"),
                    S3Option.flag("validate-same-s3-paths"))),
            "rm", List.of(S3Option.flag("dryrun"), S3Option.flag("quiet"), S3Option.flag("recursive"),
                    S3Option.optional("request-payer", "requester", "requester"), S3Option.of("include", Arity.FILTER),
                    S3Option.of("exclude", Arity.FILTER), S3Option.flag("only-show-errors"),
                    S3Option.integer("page-size")),
            "sync", concat(TRANSFER, COPY_EXTRA, List.of(S3Option.flag("size-only"), S3Option.flag("exact-timestamps"),
                    S3Option.flag("delete"))),
            "mb", List.of(S3Option.of("tags", Arity.PAIR)),
            "rb", List.of(S3Option.flag("force")));

    /** How many positional paths each subcommand takes: {min, max}. */
    static final Map<String, int[]> PATHS = Map.of("ls", new int[] {0, 1}, "website", new int[] {1, 1},
            "presign", new int[] {1, 1}, "cp", new int[] {2, 2}, "mv", new int[] {2, 2}, "rm", new int[] {1, 1},
            "sync", new int[] {2, 2}, "mb", new int[] {1, 1}, "rb", new int[] {1, 1});

    /** The usage line of each subcommand, for argument errors. */
    static final Map<String, String> USAGE = Map.of("ls", "<S3Uri> or NONE", "website", "<S3Uri>",
            "presign", "<S3Uri>", "cp", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>",
            "mv", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>", "rm", "<S3Uri>",
            "sync", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>", "mb", "<S3Uri>", "rb", "<S3Uri>");

    private S3ArgumentTables() {}

    @SafeVarargs
    private static List<S3Option> concat(List<S3Option>... parts) {
        List<S3Option> all = new ArrayList<>();
        for (List<S3Option> p : parts) {
            all.addAll(p);
        }
        return List.copyOf(all);
    }
}
