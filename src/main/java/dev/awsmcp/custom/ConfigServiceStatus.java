package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.error.AwsMcpException;
import java.util.List;
import java.util.Map;

/**
 * {@code aws configservice get-status} ({@code awscli/customizations/configservice/getstatus.py}): the status of
 * every configuration recorder and delivery channel, as the CLI's plain-text report. Two reads.
 */
final class ConfigServiceStatus implements Customization {
    private static final CustomArguments NO_ARGUMENTS = new CustomArguments("configservice get-status", List.of());

    @Override
    public String group() {
        return "configservice";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("get-status", "Reports the status of all configuration recorders and delivery channels.");
    }

    @Override
    public void plan(Invocation invocation, CustomPlan plan) {
        plan.api("configservice", "DescribeConfigurationRecorderStatus")
                .api("configservice", "DescribeDeliveryChannelStatus");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        NO_ARGUMENTS.parse(h.args(), calls.files());
        StringBuilder out = new StringBuilder();
        try {
            report(h, calls, out);
        } catch (AwsMcpException e) {
            // the CLI writes as it goes: what was printed before a failed call stays printed
            return CustomResult.failed(255, out.toString(), new CustomResult.Failure(e.code(), e.getMessage(),
                    e.hint()));
        }
        return CustomResult.printed(out.toString());
    }

    private static void report(HighLevelCommand h, CustomCalls calls, StringBuilder out) {
        JsonNode recorders = calls.call("configservice", "DescribeConfigurationRecorderStatus",
                JsonNodeFactory.instance.objectNode(), h.options());
        out.append("Configuration Recorders:\n\n");
        for (JsonNode r : recorders.path("ConfigurationRecordersStatus")) {
            out.append("name: ").append(r.path("name").asText()).append('\n');
            boolean recording = r.path("recording").asBoolean();
            out.append("recorder: ").append(recording ? "ON" : "OFF").append('\n');
            if (recording) {
                lastStatus(out, r, "");
            }
            out.append('\n');
        }
        JsonNode channels = calls.call("configservice", "DescribeDeliveryChannelStatus",
                JsonNodeFactory.instance.objectNode(), h.options());
        out.append("Delivery Channels:\n\n");
        for (JsonNode c : channels.path("DeliveryChannelsStatus")) {
            out.append("name: ").append(c.path("name").asText()).append('\n');
            for (String[] kind : new String[][] {{"configStreamDeliveryInfo", "stream delivery "},
                    {"configHistoryDeliveryInfo", "history delivery "},
                    {"configSnapshotDeliveryInfo", "snapshot delivery "}}) {
                JsonNode info = c.get(kind[0]);
                if (info != null && info.isObject() && !info.isEmpty()) {
                    lastStatus(out, info, kind[1]);
                }
            }
            out.append('\n');
        }
    }

    private static void lastStatus(StringBuilder out, JsonNode status, String name) {
        String last = status.path("lastStatus").asText("None");
        out.append("last ").append(name).append("status: ").append(last).append('\n');
        if (last.equals("FAILURE")) {
            out.append("error code: ").append(status.path("lastErrorCode").asText("None")).append('\n');
            out.append("message: ").append(status.path("lastErrorMessage").asText("None")).append('\n');
        }
    }
}
