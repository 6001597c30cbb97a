package dev.awsmcp.engine;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.awsmcp.audit.CloudWatchLogEvent;
import dev.awsmcp.audit.CloudWatchLogsShipper;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * {@link CloudWatchLogsShipper} through our own client: {@code aws logs put-log-events}, creating the log stream
 * ({@code aws logs create-log-stream}) when CloudWatch says it does not exist. Runs on an internal facade built
 * without policy gate or audit sink, so shipping the audit trail is neither gated nor audited itself.
 */
public final class AwsLogsShipper implements CloudWatchLogsShipper {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AwsMcp aws;
    private final String globals;

    /**
     * @param internal      a facade with the audited one's credentials and region, but no gate/audit
     * @param globalOptions global options for every call, e.g. {@code --profile audit --region eu-west-1}; may be empty
     */
    public AwsLogsShipper(AwsMcp internal, String globalOptions) {
        this.aws = Objects.requireNonNull(internal, "internal");
        this.globals = " --output json" + (globalOptions == null || globalOptions.isBlank() ? "" : " " + globalOptions.strip());
    }

    @Override
    public void putLogEvents(String group, String stream, List<CloudWatchLogEvent> events) throws IOException {
        String target = " --log-group-name " + Quoting.single(group) + " --log-stream-name " + Quoting.single(stream);
        CommandResult r = aws.execute("aws logs put-log-events" + target + " --log-events " + Quoting.single(json(events)) + globals);
        if (!r.ok() && r.error() != null && r.error().code().equals("ResourceNotFoundException")) {
            CommandResult created = aws.execute("aws logs create-log-stream" + target + globals);
            if (!created.ok() && (created.error() == null || !created.error().code().equals("ResourceAlreadyExistsException"))) {
                throw new IOException("creating log stream failed: " + code(created));
            }
            r = aws.execute("aws logs put-log-events" + target + " --log-events " + Quoting.single(json(events)) + globals);
        }
        if (!r.ok()) {
            throw new IOException("put-log-events failed: " + code(r));
        }
    }

    private static String json(List<CloudWatchLogEvent> events) throws JsonProcessingException {
        ArrayNode a = JSON.createArrayNode();
        for (CloudWatchLogEvent e : events) {
            a.addObject().put("timestamp", e.timestampMillis()).put("message", e.message());
        }
        return JSON.writeValueAsString(a);
    }

    private static String code(CommandResult r) {
        return r.error() == null ? "exit " + r.exitCode() : r.error().code();
    }
}
