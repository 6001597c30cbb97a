package dev.awsmcp.mcp;

import dev.awsmcp.ExecutionContext;
import dev.awsmcp.batch.BatchResult;
import dev.awsmcp.batch.CommandBatch;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code call_aws} tool: one command or a batch, through {@link CommandBatch}. */
final class CallAwsTool {
    static final String NAME = "call_aws";

    private static final String DESCRIPTION = """
            Run AWS CLI commands in-process (no shell): "aws <service> <operation> --param value". \
            Structured values: shorthand (--tags Key=env,Value=prod) or JSON in single quotes. \
            No pipes, &&, $() or redirection: filter and shape with --query (JMESPath), \
            e.g. --query 'Reservations[].Instances[].[InstanceId,State.Name]'. \
            Pagination is automatic; for big lists use --max-items N, then --starting-token <nextToken>. \
            --region '*' runs in every enabled region. Pass a list of up to 20 commands to run them concurrently. \
            Other accounts: --role-arn <arn> [--role-session-name, --external-id, --duration-seconds, --serial-number \
            (the MFA code is asked from the user)] runs one command as that role; --accounts '*' [--role-name R] or \
            --profiles a,b runs it in every account of the Organization or profile, merged into one answer whose items \
            carry Account and Region (failed targets under FanOutErrors). \
            Unsure of parameters? Call aws_cli_help first.""";

    private final CommandBatch batch;
    private final ToolResults results;
    private final CancellationRegistry cancellations;
    private final boolean readOnly;
    private final ToolSchemas schemas;

    CallAwsTool(CommandBatch batch, ServerConfig config, CancellationRegistry cancellations, ToolSchemas schemas) {
        this.batch = batch;
        this.results = new ToolResults(config.maxOutput(), batch::isPaginated);
        this.cancellations = cancellations;
        this.readOnly = config.readOnly();
        this.schemas = schemas;
    }

    McpServerFeatures.SyncToolSpecification spec() {
        McpSchema.ToolAnnotations annotations = McpSchema.ToolAnnotations.builder()
                .title("Run AWS CLI commands")
                .readOnlyHint(readOnly)
                .destructiveHint(!readOnly)
                .idempotentHint(false)
                .openWorldHint(true)
                .build();
        String mode = readOnly
                ? " Read-only mode: only list/describe/get calls are allowed; others are denied."
                : "";
        McpSchema.Tool tool = McpSchema.Tool.builder()
                .name(NAME)
                .title("Run AWS CLI commands")
                .description(DESCRIPTION + mode)
                .inputSchema(schemas.input(NAME))
                .outputSchema(schemas.output(NAME))
                .annotations(annotations)
                .build();
        return McpServerFeatures.SyncToolSpecification.builder().tool(tool).callHandler(this::call).build();
    }

    McpSchema.CallToolResult call(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
        List<String> commands = new ArrayList<>();
        Object raw = args.get("cli_command");
        if (raw instanceof String s) {
            commands.add(s);
        } else if (raw instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    return ToolResults.invalid("InvalidArgument", "Every entry of cli_command must be a string.",
                            "Pass commands like [\"aws s3api list-buckets\", \"aws ec2 describe-vpcs\"].");
                }
                commands.add(s);
            }
        } else {
            return ToolResults.invalid("MissingArgument", "cli_command is required: one command string or a list of them.",
                    "Pass e.g. {\"cli_command\": \"aws sts get-caller-identity\"}.");
        }
        if (commands.isEmpty() || commands.size() > ServerConfig.MAX_BATCH) {
            return ToolResults.invalid("InvalidArgument", "cli_command must hold 1 to " + ServerConfig.MAX_BATCH
                    + " commands, got " + commands.size() + ".", "Split the work into several call_aws calls.");
        }
        for (String c : commands) {
            if (c == null || c.isBlank()) {
                return ToolResults.invalid("InvalidArgument", "A command in cli_command is empty.",
                        "Write each command in full, starting with 'aws'.");
            }
        }
        Integer maxResults = null;
        Object max = args.get("max_results");
        if (max != null) {
            if (!(max instanceof Number n) || n.intValue() < 1 || n.doubleValue() != Math.floor(n.doubleValue())) {
                return ToolResults.invalid("InvalidArgument", "max_results must be a positive whole number, got " + max + ".",
                        "Pass e.g. \"max_results\": 50, or leave it out.");
            }
            maxResults = n.intValue();
        }
        String key = request.meta() == null ? null : (String) request.meta().get(CancellationRegistry.META_KEY);
        ExecutionContext context = McpCallContext.create(exchange, request, cancellations.flag(key));
        List<BatchResult> ran = batch.run(commands, maxResults, context);
        McpSchema.CallToolResult result = results.render(ran);
        McpLog.afterCall(exchange, ran, result);
        return result;
    }
}
