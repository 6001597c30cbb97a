package dev.awsmcp.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.batch.CommandText;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted facade for MCP tests, standing in for the executor until it is merged. Commands it knows:
 * <ul>
 *   <li>{@code aws sts get-caller-identity}: a fixed identity</li>
 *   <li>{@code aws ec2 describe-regions ...}: two regions</li>
 *   <li>{@code aws ec2 describe-vpcs [--region R]}: one VPC tagged with the region</li>
 *   <li>{@code aws test big [--size N]}: N items (default 5,000)</li>
 *   <li>{@code aws test slow}: ten "pages" with progress, stopping when cancelled</li>
 *   <li>{@code aws test paged}: a page with a NextToken</li>
 *   <li>{@code aws test consent}: asks the consent prompt and reports the answer</li>
 *   <li>{@code aws s3 ls}: text output</li>
 *   <li>any {@code delete-*} operation in read-only mode: denied</li>
 * </ul>
 * Anything else fails with {@code UnknownOperation}.
 */
public class FakeAwsMcp implements AwsMcp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean readOnly;
    /** Every command executed, in order of arrival. */
    public final List<String> executed = new CopyOnWriteArrayList<>();
    /** The contexts passed, in order of arrival. */
    public final List<ExecutionContext> contexts = new CopyOnWriteArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    /** Most commands seen running at once. */
    public final AtomicInteger maxConcurrent = new AtomicInteger();
    /** Sleep per command, to make concurrency observable. */
    public volatile long delayMillis;
    public volatile boolean closed;

    public FakeAwsMcp(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** Commands running now. */
    public int running() {
        return running.get();
    }

    @Override
    public CommandResult execute(String command, ExecutionContext context) {
        executed.add(command);
        contexts.add(context);
        int now = running.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
        try {
            if (delayMillis > 0) {
                sleep(delayMillis);
            }
            return answer(command, context);
        } finally {
            running.decrementAndGet();
        }
    }

    private CommandResult answer(String command, ExecutionContext context) {
        Optional<String[]> words = CommandText.serviceAndOperation(command);
        if (words.isEmpty()) {
            return error(command, null, null, 252, "ParamValidation", "The command needs a service and an operation.", "Write 'aws <service> <operation>'.");
        }
        String service = words.get()[0];
        String op = words.get()[1];
        String region = CommandText.optionValue(command, "--region").orElse("us-east-1");
        if (readOnly && op.startsWith("delete-")) {
            return error(command, service, op, 255, "AccessDenied",
                    "Read-only mode denies " + service + ":" + op + " (access level Write).",
                    "Use a list, describe or get operation, or run the server without --read-only.");
        }
        switch (service + " " + op) {
            case "sts get-caller-identity":
                return ok(command, service, op, json("{\"UserId\":\"AIDAFAKE\",\"Account\":\"123456789012\",\"Arn\":\"arn:aws:iam::123456789012:user/test\"}"), null);
            case "ec2 describe-regions":
                return ok(command, service, op, json("[\"eu-west-1\",\"us-east-1\"]"), null);
            case "ec2 describe-vpcs":
                return ok(command, service, op, json("{\"Vpcs\":[{\"VpcId\":\"vpc-" + region + "\",\"CidrBlock\":\"10.0.0.0/16\",\"IsDefault\":true,\"Tags\":null}]}"), null);
            case "test big":
                return ok(command, service, op, big(Integer.parseInt(CommandText.optionValue(command, "--size").orElse("5000"))), null);
            case "test paged":
                return ok(command, service, op, json("{\"Items\":[{\"Id\":\"a\"},{\"Id\":\"b\"}]}"), "eyJuZXh0IjoyfQ==");
            case "test slow":
                return slow(command, context);
            case "test consent":
                ExecutionContext.Consent answer = context.consent().ask("Allow 'aws test consent'? It changes nothing.");
                if (answer == ExecutionContext.Consent.ACCEPTED) {
                    return ok(command, service, op, json("{\"Consent\":\"ACCEPTED\"}"), null);
                }
                return error(command, service, op, 255, "ConsentDenied", "Consent was " + answer.name().toLowerCase() + ".",
                        "Ask the user to approve the call, or use a client with elicitation support.");
            case "s3 ls":
                return new CommandResult(command, service, op, 0, null, "2024-01-01 00:00:00 bucket-a\n2024-01-02 00:00:00 bucket-b\n",
                        null, null, List.of("REQ-LS"), 200, Duration.ofMillis(3));
            default:
                return error(command, service, op, 252, "UnknownOperation", "Service " + service + " has no operation " + op + ".",
                        "Call aws_cli_help with service=" + service + " to list operations.");
        }
    }

    /** Whether a slow call saw its cancellation. */
    volatile boolean cancelled;

    private CommandResult slow(String command, ExecutionContext context) {
        for (int page = 1; page <= 10; page++) {
            if (context.cancelled().getAsBoolean()) {
                cancelled = true;
                return error(command, "test", "slow", 130, "Cancelled", "Stopped after " + (page - 1) + " pages: the call was cancelled.", null);
            }
            context.progress().progress(page, 10, "page " + page);
            sleep(150);
        }
        return ok(command, "test", "slow", json("{\"Pages\":10}"), null);
    }

    private static JsonNode big(int size) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode items = root.putArray("Items");
        for (int i = 0; i < size; i++) {
            items.addObject().put("ItemId", "item-" + i).put("State", "running").put("Description", "an item of the big list, number " + i);
        }
        return root;
    }

    private static CommandResult ok(String command, String service, String op, JsonNode json, String nextToken) {
        return new CommandResult(command, service, op, 0, json, json.toPrettyString(), null, nextToken,
                List.of("REQ-" + op.toUpperCase()), 200, Duration.ofMillis(5));
    }

    private static CommandResult error(String command, String service, String op, int exit, String code, String message, String hint) {
        return new CommandResult(command, service, op, exit, null, "", new ErrorInfo(code, message, hint), null, List.of(), 0, Duration.ofMillis(1));
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
