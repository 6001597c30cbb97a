package dev.awsmcp.custom;

import dev.awsmcp.text.PythonJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.error.AwsMcpException;
import java.util.List;
import java.util.Map;

/**
 * {@code aws configservice subscribe} ({@code awscli/customizations/configservice/subscribe.py}): uses (or creates)
 * the S3 bucket and SNS topic, puts the {@code default} configuration recorder and delivery channel, starts the
 * recorder and prints both as the CLI does. The S3 and SNS calls ignore {@code --endpoint-url}; the AWS Config calls
 * take it. What was printed before a failed call stays printed.
 */
final class ConfigServiceSubscribe implements Customization {
    private static final String NAME = "default";
    private static final CustomArguments ARGS = new CustomArguments("configservice subscribe", List.of(
            Argument.text("s3-bucket").asRequired(), Argument.text("sns-topic").asRequired(),
            Argument.text("iam-role").asRequired()));

    @Override
    public String group() {
        return "configservice";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("subscribe", "Creates the default configuration recorder and delivery channel (and the bucket and "
                + "topic when missing) and starts recording.");
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        plan.api("s3", "HeadBucket").api("s3", "CreateBucket").api("sns", "CreateTopic")
                .api("configservice", "PutConfigurationRecorder").api("configservice", "PutDeliveryChannel")
                .api("configservice", "StartConfigurationRecorder")
                .api("configservice", "DescribeConfigurationRecorders").api("configservice", "DescribeDeliveryChannels");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode args = ARGS.parse(h.args(), calls.files());
        StringBuilder out = new StringBuilder();
        try {
            subscribe(h.options(), args, calls, out);
        } catch (AwsMcpException e) {
            return CustomResult.failed(255, out.toString(), new CustomResult.Failure(e.code(), e.getMessage(), e.hint()));
        }
        return CustomResult.printed(out.toString());
    }

    private static void subscribe(GlobalOptions options, ObjectNode args, CustomCalls calls, StringBuilder out) {
        GlobalOptions others = options.withoutEndpointUrl(); // the CLI's S3 and SNS clients
        String path = CustomArguments.text(args, "s3-bucket");
        int slash = path.indexOf('/'); // find_bucket_key
        String bucket = slash < 0 ? path : path.substring(0, slash);
        String prefix = slash < 0 ? "" : path.substring(slash + 1);
        if (bucketExists(calls, bucket, others)) {
            out.append("Using existing S3 bucket: ").append(bucket).append('\n');
        } else {
            ObjectNode create = JsonNodeFactory.instance.objectNode().put("Bucket", bucket);
            String region = calls.region(others);
            if (!"us-east-1".equals(region)) {
                create.putObject("CreateBucketConfiguration").put("LocationConstraint", region);
            }
            calls.call("s3", "CreateBucket", create, others);
            out.append("Using new S3 bucket: ").append(bucket).append('\n');
        }
        String topic = CustomArguments.text(args, "sns-topic");
        if (topic.contains(":")) { // only ARNs have colons
            out.append("Using existing SNS topic: ").append(topic).append('\n');
        } else {
            topic = calls.call("sns", "CreateTopic", JsonNodeFactory.instance.objectNode().put("Name", topic), others)
                    .path("TopicArn").asText();
            out.append("Using new SNS topic: ").append(topic).append('\n');
        }
        ObjectNode recorder = JsonNodeFactory.instance.objectNode();
        recorder.putObject("ConfigurationRecorder").put("name", NAME).put("roleARN", CustomArguments.text(args,
                "iam-role"));
        calls.call("configservice", "PutConfigurationRecorder", recorder, options);
        ObjectNode channel = JsonNodeFactory.instance.objectNode();
        ObjectNode c = channel.putObject("DeliveryChannel").put("name", NAME).put("s3BucketName", bucket)
                .put("snsTopicARN", topic);
        if (!prefix.isEmpty()) {
            c.put("s3KeyPrefix", prefix);
        }
        calls.call("configservice", "PutDeliveryChannel", channel, options);
        calls.call("configservice", "StartConfigurationRecorder", JsonNodeFactory.instance.objectNode()
                .put("ConfigurationRecorderName", NAME), options);
        out.append("Subscribe succeeded:\n\nConfiguration Recorders: ");
        out.append(PythonJson.dumps(calls.call("configservice", "DescribeConfigurationRecorders",
                JsonNodeFactory.instance.objectNode(), options).path("ConfigurationRecorders"), 4, true)).append("\n\n");
        out.append("Delivery Channels: ");
        out.append(PythonJson.dumps(calls.call("configservice", "DescribeDeliveryChannels",
                JsonNodeFactory.instance.objectNode(), options).path("DeliveryChannels"), 4, true)).append('\n');
    }

    /** {@code s3_bucket_exists}: HeadBucket; only a 404 means no. */
    private static boolean bucketExists(CustomCalls calls, String bucket, GlobalOptions options) {
        try {
            calls.call("s3", "HeadBucket", JsonNodeFactory.instance.objectNode().put("Bucket", bucket), options);
            return true;
        } catch (AwsMcpException e) {
            if (e.exitCode() != 254) {
                throw e;
            }
            return !("404".equals(e.code()) || "NotFound".equals(e.code()) || "NoSuchBucket".equals(e.code()));
        }
    }
}
