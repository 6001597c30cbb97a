package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the {@code aws s3} commands reach S3: one model API call at a time, through the same pipeline as an
 * {@code aws s3api} command (policy gate, endpoint rules, signing, retries, audit). The facade implements it.
 *
 * <p>Errors are thrown as {@link dev.awsmcp.error.AwsMcpException}s. Those with exit code 254 (the service answered
 * with an error) are reported per file like the AWS CLI does; any other (denied by policy, credentials, transport,
 * cancelled) ends the command with that error.
 */
public interface S3Calls {
    /**
     * Calls one S3 operation.
     *
     * @param operation the model operation name, e.g. {@code ListObjectsV2}
     * @param params    the input keyed by model member names (timestamps ISO-8601, blobs as binary nodes)
     * @param options   the global options of the call ({@code --region}, {@code --endpoint-url}, ...)
     * @return the parsed output
     */
    ObjectNode call(String operation, ObjectNode params, GlobalOptions options);

    /**
     * Calls {@code GetObject} and streams the body into a file.
     *
     * @param params  the GetObject input
     * @param target  the file to write (already checked by the caller; replaced when it exists)
     * @param options the global options
     * @return the output without the body
     */
    ObjectNode download(ObjectNode params, Path target, GlobalOptions options);

    /**
     * Presigns a {@code GetObject} request (SigV4 query string); nothing is sent.
     *
     * @param params    the GetObject input ({@code Bucket}, {@code Key})
     * @param expiresIn how long the URL is valid
     * @param options   the global options
     * @return the URL
     */
    URI presign(ObjectNode params, Duration expiresIn, GlobalOptions options);

    /**
     * The region calls with these options go to (the CLI's {@code client.meta.region_name}).
     *
     * @param options the global options
     * @return e.g. {@code us-east-1}
     */
    String region(GlobalOptions options);
}
