package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Customizations that promote nested members to top-level arguments: {@code cloudwatch put-metric-data}
 * ({@code putmetricdata.py}) and {@code ses send-email} ({@code sessendemail.py}).
 */
final class PromotedArguments {
    private PromotedArguments() {}

    static void putMetricData(ArgumentTable t) {
        CliArgument data = t.get("metric-data");
        if (data != null) {
            t.put(data.withRequired(false));
        }
        metric(t, "metric-name", "string", (first, v) -> first.put("MetricName", v));
        metric(t, "timestamp", "timestamp", (first, v) -> first.put("Timestamp", v));
        metric(t, "unit", "string", (first, v) -> first.put("Unit", v));
        metric(t, "value", "double", (first, v) -> first.put("Value", decimal(v)));
        metric(t, "dimensions", "list", (first, v) -> {
            ArrayNode dims = first.putArray("Dimensions");
            for (String pair : splitOnCommas(v)) {
                String[] kv = pair.split("=", -1);
                if (kv.length != 2) {
                    throw bad("--dimensions", "Name=Value,Name2=Value2");
                }
                dims.addObject().put("Name", kv[0]).put("Value", kv[1]);
            }
        });
        metric(t, "statistic-values", "structure", (first, v) -> {
            ObjectNode stats = first.putObject("StatisticValues");
            for (String pair : splitOnCommas(v)) {
                String[] kv = pair.split("=", -1);
                if (kv.length != 2) {
                    throw bad("--statistic-values", "SampleCount=1,Sum=2,Minimum=1,Maximum=1");
                }
                stats.put(kv[0], decimal(kv[1]));
            }
        });
        metric(t, "storage-resolution", "integer", (first, v) -> first.put("StorageResolution",
                Integer.parseInt(v.strip())));
    }

    private interface MetricSetter {
        void set(ObjectNode first, String value);
    }

    private static void metric(ArgumentTable t, String name, String type, MetricSetter setter) {
        t.put(Ec2Arguments.custom(name, CliArgument.Arity.ONE, name, type, (ctx, a, v) -> {
            ObjectNode params = ctx.params();
            if (!params.has("MetricData")) {
                params.putArray("MetricData").addObject();
            }
            try {
                setter.set((ObjectNode) params.get("MetricData").get(0), (String) v);
            } catch (NumberFormatException e) {
                throw new CommandException("InvalidParameterValue", "Argument --" + name + " expects a number, not '"
                        + v + "'.", "Pass a number for --" + name + ".");
            }
        }));
    }

    private static BigDecimal decimal(String v) {
        return new BigDecimal(v.strip());
    }

    private static CommandException bad(String arg, String form) {
        return new CommandException("InvalidParameterValue", "Argument " + arg + " is not of the form " + form + ".",
                "Write " + arg + " " + form + ".");
    }

    /** {@code awscli.utils.split_on_commas} (simplified: quotes group, backslash escapes). */
    static List<String> splitOnCommas(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                cur.append(value.charAt(++i));
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static void sendEmail(ArgumentTable t) {
        CliArgument message = t.get("message");
        if (message != null) {
            t.put(message.withRequired(false));
        }
        CliArgument destination = t.get("destination");
        if (destination != null) {
            t.put(destination.withRequired(false));
        }
        t.rename("source", "from");
        for (String[] p : new String[][] {{"to", "ToAddresses"}, {"cc", "CcAddresses"}, {"bcc", "BccAddresses"}}) {
            String key = p[1];
            t.put(Ec2Arguments.custom(p[0], CliArgument.Arity.MANY, p[0], "list", (ctx, a, v) -> {
                List<?> list = (List<?>) v;
                if (!list.isEmpty()) {
                    ArrayNode arr = ctx.params().with("Destination").putArray(key);
                    list.forEach(o -> arr.add((String) o));
                }
            }));
        }
        for (String[] p : new String[][] {{"subject", "Subject"}, {"text", "Text"}, {"html", "Html"}}) {
            String key = p[1];
            t.put(Ec2Arguments.custom(p[0], CliArgument.Arity.ONE, p[0], "string", (ctx, a, v) -> {
                if (((String) v).isEmpty()) {
                    return;
                }
                ObjectNode params = ctx.params();
                if (!params.has("Message")) {
                    ObjectNode m = params.putObject("Message");
                    m.putObject("Subject");
                    m.putObject("Body");
                }
                ObjectNode m = (ObjectNode) params.get("Message");
                if (key.equals("Subject")) {
                    m.putObject("Subject").put("Data", (String) v);
                } else {
                    m.with("Body").putObject(key).put("Data", (String) v);
                }
            }));
        }
    }
}
