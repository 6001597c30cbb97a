package dev.awsmcp;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.CallPipeline;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * {@code aws s3 presign s3://bucket/key [--expires-in seconds]}: a presigned GetObject URL (default one hour), as
 * {@code awscli/customizations/s3/subcommands.py} PresignCommand builds it. Nothing is sent.
 */
final class S3Presign {
    private static final long DEFAULT_EXPIRES = 3600;

    private S3Presign() {}

    static URI presign(HighLevelCommand h, ServiceCatalog catalog, CallPipeline pipeline) {
        String path = null;
        long expires = DEFAULT_EXPIRES;
        List<String> args = h.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--expires-in") && i + 1 < args.size()) {
                try {
                    expires = Long.parseLong(args.get(++i));
                } catch (NumberFormatException e) {
                    throw new CommandException("InvalidParameterValue", "--expires-in must be a number of seconds, not '"
                            + args.get(i) + "'.", "Pass e.g. --expires-in 3600.");
                }
            } else if (!a.startsWith("--") && path == null) {
                path = a;
            } else {
                throw new CommandException("UnknownParameter", "aws s3 presign does not take '" + a + "'.",
                        "Usage: aws s3 presign s3://bucket/key [--expires-in seconds]");
            }
        }
        if (path == null || !path.startsWith("s3://") || path.indexOf('/', 5) < 0 || path.endsWith("/")) {
            throw new CommandException("InvalidS3Path", "aws s3 presign needs an object path like s3://bucket/key.",
                    "Usage: aws s3 presign s3://bucket/key [--expires-in seconds]");
        }
        String bucket = path.substring(5, path.indexOf('/', 5));
        String key = path.substring(path.indexOf('/', 5) + 1);
        ServiceModel s3 = catalog.model("s3api").orElseThrow(() -> new IllegalStateException("no s3 model bundled"));
        ObjectNode params = JsonNodeFactory.instance.objectNode().put("Bucket", bucket).put("Key", key);
        BoundCall call = new BoundCall(s3, s3.operation("GetObject").orElseThrow(), params, h.options(), h.commandLine());
        return pipeline.presign(call, Duration.ofSeconds(expires));
    }
}
