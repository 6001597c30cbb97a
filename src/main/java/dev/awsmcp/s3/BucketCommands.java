package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.error.AwsMcpException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The one-call commands: {@code mb}, {@code rb} (with {@code --force}: {@code rm --recursive} first),
 * {@code website} and {@code presign} ({@code subcommands.MbCommand} and friends).
 */
final class BucketCommands {
    private final S3Calls calls;

    BucketCommands(S3Calls calls) {
        this.calls = calls;
    }

    S3Result mb(S3Args args, GlobalOptions options) {
        String path = args.paths().get(0);
        requireS3(path, "mb");
        String bucket = S3Location.ofUri(path).bucket();
        if (bucket.endsWith("--x-s3")) {
            throw new CommandException("InvalidArgument", "Cannot use mb command with a directory bucket.",
                    "Create directory buckets with 'aws s3api create-bucket'.");
        }
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("Bucket", bucket);
        if (bucket.endsWith("-an")) {
            params.put("BucketNamespace", "account-regional");
        }
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        String region = calls.region(options);
        if (!"us-east-1".equals(region)) {
            config.put("LocationConstraint", region);
        }
        if (!args.tags().isEmpty()) {
            ArrayNode tags = config.putArray("Tags");
            for (List<String> t : args.tags()) {
                tags.addObject().put("Key", t.get(0)).put("Value", t.get(1));
            }
        }
        if (config.size() > 0) {
            params.set("CreateBucketConfiguration", config);
        }
        try {
            calls.call("CreateBucket", params, options);
            return new S3Result(0, "make_bucket: " + bucket + "\n", "", null);
        } catch (AwsMcpException e) {
            return failed(e, "make_bucket failed: " + path + " ", "");
        }
    }

    S3Result rb(S3Args args, GlobalOptions options, Function<S3Args, S3Result> rm) {
        String path = args.paths().get(0);
        requireS3(path, "rb");
        S3Location loc = S3Location.ofUri(path);
        if (!loc.key().isEmpty()) {
            throw new CommandException("InvalidArgument", "Please specify a valid bucket name only. E.g. s3://"
                    + loc.bucket(), "Drop the key from the path.");
        }
        String stdout = "";
        String stderr = "";
        if (args.flag("force")) {
            S3Result removed = rm.apply(new S3Args("rm", List.of(path), java.util.Set.of("recursive"),
                    java.util.Map.of(), List.of(), null, List.of(), List.of()));
            stdout = removed.stdout();
            stderr = removed.stderr();
            if (removed.error() != null) {
                return removed;
            }
            if (removed.exitCode() != 0) {
                return S3Result.failed(new S3CommandException("RemoveBucketFailed", "remove_bucket failed: Unable to "
                        + "delete all objects in the bucket, bucket will not be deleted.", "Delete the objects listed "
                        + "as failed (versioned objects need 'aws s3api delete-object --version-id'), then retry.", 255),
                        stdout, stderr);
            }
        }
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("Bucket", loc.bucket());
        try {
            calls.call("DeleteBucket", params, options);
            return new S3Result(0, stdout + "remove_bucket: " + loc.bucket() + "\n", stderr, null);
        } catch (AwsMcpException e) {
            return failed(e, "remove_bucket failed: " + path + " ", stdout);
        }
    }

    S3Result website(S3Args args, GlobalOptions options) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("Bucket", websiteBucket(args.paths().get(0)));
        ObjectNode config = params.putObject("WebsiteConfiguration");
        if (args.value("index-document") != null) {
            config.putObject("IndexDocument").put("Suffix", args.value("index-document"));
        }
        if (args.value("error-document") != null) {
            config.putObject("ErrorDocument").put("Key", args.value("error-document"));
        }
        calls.call("PutBucketWebsite", params, options);
        return new S3Result(0, "", "", null);
    }

    S3Result presign(S3Args args, GlobalOptions options) {
        String path = args.paths().get(0);
        S3Location loc = S3Location.of(path.startsWith("s3://") ? path.substring(5) : path);
        Integer expires = args.integer("expires-in");
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("Bucket", loc.bucket());
        params.put("Key", loc.key());
        String url = calls.presign(params, Duration.ofSeconds(expires == null ? 3600 : expires), options).toString();
        return new S3Result(0, url + "\n", "", null);
    }

    /** {@code WebsiteCommand._get_bucket_name}: {@code s3://} and one trailing slash dropped. */
    static String websiteBucket(String path) {
        String p = path.startsWith("s3://") ? path.substring(5) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        S3Location.of(p);
        return p;
    }

    private static void requireS3(String path, String cmd) {
        if (!path.startsWith("s3://")) {
            throw new CommandException("InvalidArgument", "<S3Uri> Error: Invalid argument type.",
                    "Write the bucket as s3://bucket-name, e.g. aws s3 " + cmd + " s3://my-bucket.");
        }
    }

    /** The CLI catches every error of mb/rb and prints it after the command's prefix; we keep non-service errors. */
    private static S3Result failed(AwsMcpException e, String prefix, String stdout) {
        if (e.exitCode() != 254) {
            return S3Result.failed(e, stdout, "");
        }
        return new S3Result(1, stdout, prefix + e.getMessage() + "\n", null);
    }
}
