package dev.awsmcp.custom;

import java.time.ZoneId;
import dev.awsmcp.command.FileReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * How a customization reaches AWS and the local environment: model API calls through the same pipeline as any
 * {@code aws <service> <operation>} command, and presigning with the resolved credentials. The facade implements
 * it. Errors are thrown as {@link dev.awsmcp.error.AwsMcpException}s.
 */
public interface CustomCalls {
    /**
     * Calls one model operation.
     *
     * @param service   the service name ({@code ecr}, {@code sts})
     * @param operation the model operation name, e.g. {@code GetAuthorizationToken}
     * @param params    the input keyed by model member names
     * @param options   the global options of the call
     * @return the parsed output
     */
    ObjectNode call(String service, String operation, ObjectNode params, GlobalOptions options);

    /**
     * Calls one model operation signed with other credentials than the profile's (the temporary upload credentials
     * a service hands out, as {@code gamelift upload-build} uses them). The call is gated and audited like any other.
     *
     * @param service   the service name
     * @param operation the model operation name
     * @param params    the input keyed by model member names
     * @param signWith  the credentials to sign with
     * @param options   the global options of the call
     * @return the parsed output
     */
    ObjectNode call(String service, String operation, ObjectNode params, RoleCredentials signWith,
                    GlobalOptions options);

    /**
     * Calls an operation whose output is an event stream that does not end by itself (CloudWatch Logs Live Tail),
     * reading whole events for a while or until the command is cancelled.
     *
     * @param service   the service name
     * @param operation the model operation name
     * @param params    the input keyed by model member names
     * @param readFor   how long to read the stream
     * @param options   the global options of the call
     * @return the parsed output, its stream member holding the events read
     */
    ObjectNode callStreaming(String service, String operation, ObjectNode params, Duration readFor,
                             GlobalOptions options);

    /**
     * Presigns a query-protocol operation as a GET (botocore's {@code generate_presigned_url}); nothing is sent.
     *
     * @param service   the service name
     * @param operation the model operation name
     * @param params    the input
     * @param headers   extra headers to sign besides {@code host}
     * @param expiresIn validity
     * @param signWith  credentials to sign with instead of the profile's, or null
     * @param options   the global options (region, profile, endpoint)
     * @return the URL
     */
    URI presign(String service, String operation, ObjectNode params, Map<String, String> headers, Duration expiresIn,
                RoleCredentials signWith, GlobalOptions options);

    /**
     * Presigns a GET of a URL that is no model operation (a database login token); nothing is sent.
     *
     * @param url         scheme, host, port and path
     * @param query       query parameters, not encoded, in order
     * @param signingName the SigV4 service name
     * @param region      the SigV4 region
     * @param expiresIn   validity
     * @param options     the global options (the profile)
     * @return the URL
     */
    URI presignUrl(URI url, Map<String, String> query, String signingName, String region, Duration expiresIn,
                   GlobalOptions options);

    /**
     * The endpoint a call would go to (the CLI's {@code client.meta.endpoint_url} for an operation without
     * endpoint-affecting parameters), from the endpoint rules and overrides; nothing is sent.
     *
     * @param service   the service name, e.g. {@code s3}
     * @param operation the operation name, e.g. {@code ListBuckets}
     * @param options   the global options
     * @return the endpoint URL
     */
    URI endpoint(String service, String operation, GlobalOptions options);

    /**
     * The region calls with these options go to (the CLI's {@code client.meta.region_name}).
     *
     * @param options the global options
     * @return e.g. {@code us-east-1}
     */
    String region(GlobalOptions options);

    /**
     * An environment variable of the process the command runs for.
     *
     * @param name e.g. {@code KUBERNETES_EXEC_INFO}
     * @return its value, if set
     */
    Optional<String> environmentVariable(String name);

    /** The current time (the facade's clock). */
    Instant now();

    /**
     * Checks a local file a command reads whole (the template of {@code aws cloudformation deploy}) against the
     * facade's file guard.
     *
     * @param path the path as written
     * @return the absolute path to read
     * @throws dev.awsmcp.command.CommandException when access is refused or the file does not exist
     */
    Path localFile(String path);

    /**
     * Reads a {@code file://} parameter value through the facade's file guard.
     *
     * @param path the path after {@code file://}
     * @return the bytes
     * @throws dev.awsmcp.command.CommandException when access is refused or the file cannot be read
     */
    byte[] readFile(String path);

    /**
     * Polls a model waiter through the facade's waiter engine (progress notifications, cancellation, the wait
     * limit), with the delay and attempts the customization sets (botocore's {@code WaiterConfig}).
     *
     * @param service     the service name
     * @param waiter      the waiter's model name, e.g. {@code ChangeSetCreateComplete}
     * @param params      the input of each poll
     * @param delay       seconds between attempts
     * @param maxAttempts attempts, or 0 for the model's
     * @param options     the global options of the calls
     * @return whether it succeeded, with the last output seen
     * @throws dev.awsmcp.error.AwsMcpException when cancelled or a call fails in a way no acceptor judges
     */
    WaitOutcome waitFor(String service, String waiter, ObjectNode params, int delay, int maxAttempts,
                        GlobalOptions options);

    /**
     * Sends one API call and streams its payload to a local file (S3 GetObject's body), recording it in the
     * command's audit trace.
     *
     * @param service   the CLI service name
     * @param operation the model operation name
     * @param params    the input
     * @param target    the file the payload goes to (already checked by the file guard)
     * @param options   the command's global options
     * @return the output members other than the payload
     * @throws dev.awsmcp.error.AwsMcpException when the service refuses the call
     */
    ObjectNode download(String service, String operation, ObjectNode params, Path target, GlobalOptions options);

    /**
     * Presigns one API call as a URL for the command's credentials and region (S3's {@code presign}).
     *
     * @param service   the CLI service name
     * @param operation the model operation name
     * @param params    the input
     * @param expiresIn how long the URL is valid
     * @param options   the command's global options
     * @return the URL
     */
    URI presignRequest(String service, String operation, ObjectNode params, Duration expiresIn, GlobalOptions options);

    /**
     * The reader of local files, behind the file guard.
     *
     * @return the reader
     */
    FileReader files();

    /**
     * The time zone local times are printed in ({@code aws s3 ls}).
     *
     * @return the zone
     */
    ZoneId zone();
}
