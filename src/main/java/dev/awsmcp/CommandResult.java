package dev.awsmcp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of one command.
 *
 * @param command     the command as given (secrets redacted)
 * @param service     the CLI service name, or null when the command did not bind
 * @param operation   the CLI operation name, or null
 * @param exitCode    the AWS CLI v1 exit code ({@link dev.awsmcp.error.ExitCodes}): 0 ok, 1 some s3 transfers
 *                    failed, 2 the command line did not parse, 130 cancelled, 255 any other error (service errors
 *                    and policy denials included)
 * @param json        the output as JSON after {@code --query} (null when there is none or on error)
 * @param text        the output exactly as the AWS CLI would print it with the chosen {@code --output}
 * @param error       the error, or null on success
 * @param nextToken   a pagination token to continue with ({@code --starting-token}), or null
 * @param requestIds  AWS request ids of the calls made
 * @param httpStatus  the last HTTP status, or 0 when nothing was sent
 * @param duration    wall time
 */
public record CommandResult(String command, String service, String operation, int exitCode, JsonNode json,
                            String text, ErrorInfo error, String nextToken, List<String> requestIds,
                            int httpStatus, Duration duration) {
    public CommandResult {
        requestIds = List.copyOf(requestIds);
    }

    /** True when the command succeeded. */
    public boolean ok() {
        return exitCode == 0;
    }
}
