package dev.awsmcp.s3;

import dev.awsmcp.command.CommandException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bucket and key split from an S3 path, as {@code utils.find_bucket_key} splits it (access point and Outposts
 * access point ARNs keep their slashes in the bucket part).
 *
 * @param bucket the bucket name or ARN ("" when the path is empty)
 * @param key    the key or prefix ("" when none)
 */
record S3Location(String bucket, String key) {
    private static final Pattern ACCESS_POINT = Pattern.compile(
            "^(?<bucket>arn:(aws).*:s3:[a-z\\-0-9]*:[0-9]{12}:accesspoint[:/][^/]+)/?(?<key>.*)$", Pattern.DOTALL);
    private static final Pattern OUTPOST_ACCESS_POINT = Pattern.compile(
            "^(?<bucket>arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\\-]{1,63}[/:]accesspoint[/:]"
                    + "[a-zA-Z0-9\\-]{1,63})[/:]?(?<key>.*)$", Pattern.DOTALL);
    private static final Pattern OUTPOST_BUCKET = Pattern.compile(
            "^(?<bucket>arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\\-]{1,63}[/:]bucket[/:]"
                    + "[a-zA-Z0-9\\-]{1,63})[/:]?(?<key>.*)$", Pattern.DOTALL);
    private static final Pattern OBJECT_LAMBDA = Pattern.compile(
            "^(?<bucket>arn:(aws).*:s3-object-lambda:[a-z\\-0-9]+:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\\-]{1,63})[/:]?"
                    + "(?<key>.*)$", Pattern.DOTALL);

    /**
     * Splits {@code bucket/key} (no {@code s3://}).
     *
     * @throws CommandException for S3 Object Lambda and Outposts bucket ARNs, which {@code aws s3} does not support
     */
    static S3Location of(String path) {
        if (OBJECT_LAMBDA.matcher(path).matches()) {
            throw new CommandException("InvalidArgument", "s3 commands do not support S3 Object Lambda resources.",
                    "Use s3api commands instead.");
        }
        if (OUTPOST_BUCKET.matcher(path).matches()) {
            throw new CommandException("InvalidArgument", "s3 commands do not support Outpost Bucket ARNs.",
                    "Use s3control commands instead.");
        }
        for (Pattern p : new Pattern[] {ACCESS_POINT, OUTPOST_ACCESS_POINT}) {
            Matcher m = p.matcher(path);
            if (m.matches()) {
                return new S3Location(m.group("bucket"), m.group("key"));
            }
        }
        int slash = path.indexOf('/');
        return slash < 0 ? new S3Location(path, "") : new S3Location(path.substring(0, slash), path.substring(slash + 1));
    }

    /** Splits a path that may start with {@code s3://} ({@code split_s3_bucket_key}). */
    static S3Location ofUri(String path) {
        return of(isS3(path) ? path.substring(5) : path);
    }

    /** Whether a path names S3 ({@code s3://...}). */
    static boolean isS3(String path) {
        return path.startsWith("s3://");
    }

    /** {@code s3://bucket/key}. */
    String uri() {
        return "s3://" + bucket + "/" + key;
    }
}
