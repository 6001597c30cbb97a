package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * EMR step configurations as the AWS CLI builds them for {@code --steps} of {@code create-cluster} and
 * {@code add-steps} ({@code awscli/customizations/emr/steputils.py}, {@code emrutils.build_step}): step types
 * (custom JAR, streaming, Hive, Pig, Impala, Spark) become {@code HadoopJarStep}s whose runner depends on whether
 * the cluster has a release label ({@code command-runner.jar}) or an AMI version (the region's script runner).
 */
final class EmrSteps {
    static final String COMMAND_RUNNER = "command-runner.jar";
    static final String CONTINUE = "CONTINUE";
    static final String CANCEL_AND_WAIT = "CANCEL_AND_WAIT";
    static final String TERMINATE_CLUSTER = "TERMINATE_CLUSTER";
    static final String HBASE_JAR_PATH = "/home/hadoop/lib/hbase.jar";
    static final String HBASE_MAIN = "emr.hbase.backup.Main";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EmrSteps() {}

    /**
     * {@code build_step_config_list}.
     *
     * @param steps        the parsed {@code --steps} value
     * @param region       the command's region (AMI-version runners live in it)
     * @param releaseLabel the cluster's release label, or null for an AMI-version cluster
     * @return the {@code StepConfig} list
     */
    static ArrayNode configs(JsonNode steps, String region, String releaseLabel) {
        ArrayNode out = F.arrayNode();
        for (JsonNode step : steps) {
            String type = step.hasNonNull("Type") ? step.get("Type").asText().toLowerCase(Locale.ROOT) : "custom_jar";
            boolean release = releaseLabel != null && !releaseLabel.isEmpty();
            switch (type) {
                case "custom_jar":
                    requireField("CustomJARStepConfig", "Jar", step.get("Jar"));
                    out.add(step(step.get("Jar").asText(), text(step, "Name", "Custom JAR"),
                            text(step, "ActionOnFailure", CONTINUE), strings(step.get("Args")),
                            text(step, "MainClass", null), properties(step.get("Properties")), step));
                    break;
                case "streaming": {
                    List<String> args = requireArgs("StreamingStepConfig", step);
                    List<String> all = new ArrayList<>();
                    if (release) {
                        all.add("hadoop-streaming");
                    }
                    all.addAll(args);
                    out.add(step(release ? COMMAND_RUNNER : "/home/hadoop/contrib/streaming/hadoop-streaming.jar",
                            text(step, "Name", "Streaming program"), text(step, "ActionOnFailure", CONTINUE), all,
                            null, null, step));
                    break;
                }
                case "hive":
                case "pig": {
                    boolean hive = type.equals("hive");
                    List<String> args = requireArgs(hive ? "HiveStepConfig" : "PigStepConfig", step);
                    List<String> all = new ArrayList<>();
                    all.add(release ? (hive ? "hive-script" : "pig-script")
                            : s3Link(hive ? "/libs/hive/hive-script" : "/libs/pig/pig-script", region));
                    all.add(hive ? "--run-hive-script" : "--run-pig-script");
                    if (!release) {
                        all.add(hive ? "--hive-versions" : "--pig-versions");
                        all.add("latest");
                    }
                    all.add("--args");
                    all.addAll(args);
                    out.add(step(release ? COMMAND_RUNNER : scriptRunner(region),
                            text(step, "Name", hive ? "Hive program" : "Pig program"),
                            text(step, "ActionOnFailure", CONTINUE), all, null, null, step));
                    break;
                }
                case "impala": {
                    if (release) {
                        throw unknownType("impala");
                    }
                    List<String> all = new ArrayList<>(List.of(s3Link("/libs/impala/setup-impala", region),
                            "--run-impala-script"));
                    requireField("ImpalaStepConfig", "Args", step.get("Args"));
                    all.addAll(strings(step.get("Args")));
                    out.add(step(scriptRunner(region), text(step, "Name", "Impala program"),
                            text(step, "ActionOnFailure", CONTINUE), all, null, null, step));
                    break;
                }
                case "spark": {
                    requireField("SparkStepConfig", "Args", step.get("Args"));
                    List<String> all = new ArrayList<>();
                    all.add(release ? "spark-submit" : "/home/hadoop/spark/bin/spark-submit");
                    all.addAll(strings(step.get("Args")));
                    out.add(step(release ? COMMAND_RUNNER : scriptRunner(region),
                            text(step, "Name", "Spark application"), text(step, "ActionOnFailure", CONTINUE), all,
                            null, null, step));
                    break;
                }
                default:
                    throw unknownType(type);
            }
        }
        return out;
    }

    /**
     * {@code emrutils.build_step}: a named step running a JAR.
     *
     * @param jar             the JAR
     * @param name            the step name
     * @param actionOnFailure what EMR does when it fails
     * @param args            the JAR's arguments, or null
     * @param mainClass       the main class, or null
     * @param properties      Java properties as {@code Key}/{@code Value} objects, or null
     * @param monitoring      where {@code LogUri} and {@code EncryptionKeyArn} are read from, or null
     * @return the {@code StepConfig}
     */
    static ObjectNode step(String jar, String name, String actionOnFailure, List<String> args, String mainClass,
                           ArrayNode properties, JsonNode monitoring) {
        requireField("HadoopJarStep", "Jar", jar == null ? null : F.textNode(jar));
        ObjectNode step = F.objectNode();
        putIfTrue(step, "Name", name);
        putIfTrue(step, "ActionOnFailure", actionOnFailure);
        ObjectNode jarStep = step.putObject("HadoopJarStep");
        jarStep.put("Jar", jar);
        if (args != null && !args.isEmpty()) {
            ArrayNode a = jarStep.putArray("Args");
            args.forEach(a::add);
        }
        putIfTrue(jarStep, "MainClass", mainClass);
        if (properties != null && !properties.isEmpty()) {
            jarStep.set("Properties", properties);
        }
        if (monitoring != null) {
            ObjectNode s3 = F.objectNode();
            putIfTrue(s3, "LogUri", text(monitoring, "LogUri", null));
            putIfTrue(s3, "EncryptionKeyArn", text(monitoring, "EncryptionKeyArn", null));
            if (!s3.isEmpty()) {
                step.putObject("StepMonitoringConfiguration").set("S3MonitoringConfiguration", s3);
            }
        }
        return step;
    }

    /** {@code emrutils.build_s3_link}: {@code s3://<region>.elasticmapreduce<path>}. */
    static String s3Link(String path, String region) {
        return "s3://" + (region == null ? "us-east-1" : region) + ".elasticmapreduce" + path;
    }

    /** {@code emrutils.get_script_runner}. */
    static String scriptRunner(String region) {
        return s3Link("/libs/script-runner/script-runner.jar", region);
    }

    /** {@code emrutils.apply_dict}: sets a key only to a truthy value (Python's truth: not null, not empty). */
    static void putIfTrue(ObjectNode target, String key, String value) {
        if (value != null && !value.isEmpty()) {
            target.put(key, value);
        }
    }

    /** {@code emrutils.parse_key_value_string}: {@code k1=v1,k2} to {@code Key}/{@code Value} objects. */
    static ArrayNode properties(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        ArrayNode out = F.arrayNode();
        for (String kv : value.asText().split(",", -1)) {
            int eq = kv.indexOf('=');
            out.addObject().put("Key", eq < 0 ? kv : kv.substring(0, eq)).put("Value", eq < 0 ? "" : kv.substring(eq + 1));
        }
        return out;
    }

    private static List<String> requireArgs(String structure, JsonNode step) {
        JsonNode args = step.get("Args");
        requireField(structure, "Args", args);
        List<String> list = strings(args);
        if (list.isEmpty() || list.size() == 1 && list.get(0).strip().isEmpty()) {
            throw new CustomCommandException("EmptyList", "aws: error: The parameter Args cannot be an empty list.",
                    "Give the step's arguments, e.g. Args=[-f,s3://bucket/script.q].");
        }
        return list;
    }

    /** {@code emrutils.check_required_field}: the value must be truthy. */
    static void requireField(String structure, String name, JsonNode value) {
        boolean empty = value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()
                || value.isContainerNode() && value.isEmpty();
        if (empty) {
            throw new CustomCommandException("MissingParameters", "aws: error: The following required parameters are "
                    + "missing for " + structure + ": " + name + ".", "Add " + name + "=... to the value.");
        }
    }

    private static CustomCommandException unknownType(String type) {
        return new CustomCommandException("UnknownStepType", "aws: error: The step type " + type
                + " is not supported.", "Use Type=CUSTOM_JAR, STREAMING, HIVE, PIG, SPARK (or IMPALA on AMI-version "
                + "clusters).");
    }

    static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(v -> out.add(v.asText()));
        }
        return list == null || list.isNull() ? null : out;
    }
}
