package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code aws emr} commands the AWS CLI writes by hand ({@code awscli/customizations/emr/}):
 * {@code create-cluster} ({@code RunJobFlow} from shortcuts), {@code add-steps} (steps by type),
 * {@code add-instance-groups}, {@code terminate-clusters}, {@code modify-cluster-attributes} and the HBase backup
 * steps. Arguments are parsed against the CLI's own argument schemas (bundled from {@code argumentschema.py}), so
 * shorthand, JSON and {@code file://} work as in the CLI. {@code ssh}, {@code socks}, {@code get} and {@code put}
 * start local SSH programs and are refused with a way to do it instead. Not applied: the {@code emr} section of the
 * CLI config file ({@code service_role}, {@code instance_profile}, ...), so give those as options.
 */
final class EmrCommands implements Customization {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** modify-cluster-attributes: flag, its twin, the operation it calls, the member it sets. */
    private record Attribute(String on, String off, String operation, String member, boolean inverted) {}

    private static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute("visible-to-all-users", "no-visible-to-all-users", "SetVisibleToAllUsers",
                    "VisibleToAllUsers", false),
            new Attribute("termination-protected", "no-termination-protected", "SetTerminationProtection",
                    "TerminationProtected", false),
            new Attribute("auto-terminate", "no-auto-terminate", "SetKeepJobFlowAliveWhenNoSteps",
                    "KeepJobFlowAliveWhenNoSteps", true),
            new Attribute("unhealthy-node-replacement", "no-unhealthy-node-replacement", "SetUnhealthyNodeReplacement",
                    "UnhealthyNodeReplacement", false));

    /**
     * The argument tables, built on first use of an emr command: reading the CLI's schemas and building the shapes
     * is start-up work that every other command would otherwise pay when the registry is created.
     */
    private static final class Tables {
        static final JsonNode SCHEMAS = schemas();

        static final CustomArguments CREATE_CLUSTER = new CustomArguments("emr create-cluster", List.of(
                Argument.text("release-label"), Argument.text("os-release-label"), Argument.text("ami-version"),
                schema("instance-groups", "INSTANCE_GROUPS_SCHEMA"), Argument.text("instance-type"),
                Argument.text("instance-count"), Argument.flag("auto-terminate"), Argument.flag("no-auto-terminate"),
                schema("instance-fleets", "INSTANCE_FLEETS_SCHEMA"),
                Argument.text("name").withDefault("Development Cluster"), Argument.text("log-uri"),
                Argument.text("log-encryption-kms-key-id"), Argument.text("service-role"),
                Argument.text("auto-scaling-role"), Argument.flag("use-default-roles"), Argument.text("configurations"),
                schema("ec2-attributes", "EC2_ATTRIBUTES_SCHEMA"), Argument.flag("termination-protected"),
                Argument.flag("no-termination-protected"), Argument.flag("unhealthy-node-replacement"),
                Argument.flag("no-unhealthy-node-replacement"), Argument.text("scale-down-behavior"),
                Argument.flag("visible-to-all-users"), Argument.flag("no-visible-to-all-users"),
                Argument.flag("enable-debugging"), Argument.flag("no-enable-debugging"), schema("tags", "TAGS_SCHEMA"),
                schema("bootstrap-actions", "BOOTSTRAP_ACTIONS_SCHEMA"), schema("applications", "APPLICATIONS_SCHEMA"),
                schema("emrfs", "EMR_FS_SCHEMA"), schema("steps", "STEPS_SCHEMA"), Argument.text("additional-info"),
                schema("restore-from-hbase-backup", "HBASE_RESTORE_FROM_BACKUP_SCHEMA"),
                Argument.text("security-configuration"), Argument.text("custom-ami-id"),
                Argument.text("ebs-root-volume-size"), Argument.text("ebs-root-volume-iops"),
                Argument.text("ebs-root-volume-throughput"), Argument.text("repo-upgrade-on-boot"),
                schema("kerberos-attributes", "KERBEROS_ATTRIBUTES_SCHEMA"), Argument.integer("step-concurrency-level"),
                Argument.text("step-execution-role-arn"), schema("managed-scaling-policy", "MANAGED_SCALING_POLICY_SCHEMA"),
                schema("placement-group-configs", "PLACEMENT_GROUP_CONFIGS_SCHEMA"),
                schema("auto-termination-policy", "AUTO_TERMINATION_POLICY_SCHEMA"),
                schema("monitoring-configuration", "MONITORING_CONFIGURATION_SCHEMA"), Argument.flag("extended-support"),
                Argument.flag("no-extended-support")));
        static final CustomArguments DESCRIBE_CLUSTER = new CustomArguments("emr describe-cluster",
                List.of(Argument.text("cluster-id").asRequired()));
        static final CustomArguments ADD_STEPS = new CustomArguments("emr add-steps", List.of(
                Argument.text("cluster-id").asRequired(), schema("steps", "STEPS_SCHEMA").asRequired(),
                Argument.text("execution-role-arn")));
        static final CustomArguments ADD_INSTANCE_GROUPS = new CustomArguments("emr add-instance-groups", List.of(
                Argument.text("cluster-id").asRequired(), schema("instance-groups", "INSTANCE_GROUPS_SCHEMA").asRequired()));
        static final CustomArguments TERMINATE_CLUSTERS = new CustomArguments("emr terminate-clusters",
                List.of(Argument.words("cluster-ids").asRequired()));
        static final CustomArguments MODIFY_CLUSTER_ATTRIBUTES = new CustomArguments(
                "emr modify-cluster-attributes", List.of(Argument.text("cluster-id").asRequired(),
                Argument.flag("visible-to-all-users"), Argument.flag("no-visible-to-all-users"),
                Argument.flag("termination-protected"), Argument.flag("no-termination-protected"),
                Argument.flag("auto-terminate"), Argument.flag("no-auto-terminate"),
                Argument.flag("unhealthy-node-replacement"), Argument.flag("no-unhealthy-node-replacement")));
        static final CustomArguments RESTORE_FROM_HBASE_BACKUP = new CustomArguments(
                "emr restore-from-hbase-backup", List.of(Argument.text("cluster-id").asRequired(),
                Argument.text("dir").asRequired(), Argument.text("backup-version")));
        static final CustomArguments SCHEDULE_HBASE_BACKUP = new CustomArguments("emr schedule-hbase-backup",
                List.of(Argument.text("cluster-id").asRequired(), Argument.text("type").asRequired(),
                        Argument.text("dir").asRequired(), Argument.text("interval").asRequired(),
                        Argument.text("unit").asRequired(), Argument.text("start-time"), Argument.flag("consistent")));
        static final CustomArguments CREATE_HBASE_BACKUP = new CustomArguments("emr create-hbase-backup",
                List.of(Argument.text("cluster-id").asRequired(), Argument.text("dir").asRequired(),
                        Argument.flag("consistent")));
        static final CustomArguments DISABLE_HBASE_BACKUPS = new CustomArguments("emr disable-hbase-backups",
                List.of(Argument.text("cluster-id").asRequired(), Argument.flag("full"), Argument.flag("incremental")));
    }

    private static final String SSH_REASON = "starts a local SSH program against the cluster's master node";

    @Override
    public String group() {
        return "emr";
    }

    @Override
    public Map<String, String> commands() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("create-cluster", "Creates a cluster (RunJobFlow with CLI shortcuts).");
        c.put("describe-cluster", "Describes a cluster with its instance groups or fleets and bootstrap actions.");
        c.put("add-steps", "Adds steps (custom JAR, streaming, Hive, Pig, Spark) to a cluster.");
        c.put("add-instance-groups", "Adds instance groups to a running cluster.");
        c.put("terminate-clusters", "Terminates clusters (TerminateJobFlows).");
        c.put("modify-cluster-attributes", "Sets visibility, termination protection, auto-termination or unhealthy "
                + "node replacement.");
        c.put("restore-from-hbase-backup", "Adds a step that restores HBase from S3 (AMI-version clusters).");
        c.put("schedule-hbase-backup", "Adds a step that schedules HBase backups (AMI-version clusters).");
        c.put("create-hbase-backup", "Adds a step that backs HBase up to S3 (AMI-version clusters).");
        c.put("disable-hbase-backups", "Adds a step that disables scheduled HBase backups (AMI-version clusters).");
        for (String ssh : List.of("ssh", "socks", "get", "put")) {
            c.put(ssh, "Refused: " + SSH_REASON + ".");
        }
        return c;
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        switch (in.subcommand()) {
            case "create-cluster":
                plan.api("emr", "RunJobFlow");
                break;
            case "add-steps":
                plan.api("emr", "DescribeCluster").api("emr", "AddJobFlowSteps");
                break;
            case "describe-cluster": // ListInstanceFleets instead of ListInstanceGroups for a fleet cluster
                plan.api("emr", "DescribeCluster").api("emr", "ListInstanceGroups").api("emr", "ListInstanceFleets")
                        .api("emr", "ListBootstrapActions");
                break;
            case "add-instance-groups":
                plan.api("emr", "AddInstanceGroups");
                break;
            case "terminate-clusters":
                plan.api("emr", "TerminateJobFlows");
                break;
            case "modify-cluster-attributes":
                for (Attribute a : ATTRIBUTES) {
                    if (in.has("--" + a.on()) || in.has("--" + a.off())) {
                        plan.api("emr", a.operation());
                    }
                }
                if (plan.isEmpty()) {
                    plan.api("emr", "SetVisibleToAllUsers"); // refused at run: no attribute given
                }
                break;
            case "ssh":
            case "socks":
            case "get":
            case "put":
                plan.api("emr", "DescribeCluster");
                plan.local("emr", in.subcommand(), List.of("local:RunProgram"), dev.awsmcp.model.AccessLevel.WRITE,
                        false, SSH_REASON);
                break;
            default: // the HBase steps check the cluster's release first
                plan.api("emr", "DescribeCluster").api("emr", "AddJobFlowSteps");
                break;
        }
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        GlobalOptions o = h.options();
        String region = calls.region(o);
        switch (h.subcommand()) {
            case "create-cluster": {
                ObjectNode params = EmrClusterRequest.build(Tables.CREATE_CLUSTER.parse(h.args(), calls.files()), region);
                ObjectNode out = calls.call("emr", "RunJobFlow", params, o);
                ObjectNode result = F.objectNode();
                if (out.hasNonNull("JobFlowId")) {
                    result.set("ClusterId", out.get("JobFlowId"));
                    result.set("ClusterArn", out.hasNonNull("ClusterArn") ? out.get("ClusterArn") : F.nullNode());
                }
                return CustomResult.document(result, "run_job_flow");
            }
            case "describe-cluster":
                return describeCluster(Tables.DESCRIBE_CLUSTER.parse(h.args(), calls.files()), calls, o);
            case "add-steps": {
                ObjectNode a = Tables.ADD_STEPS.parse(h.args(), calls.files());
                String releaseLabel = releaseLabel(a.get("cluster-id").asText(), calls, o);
                ObjectNode params = F.objectNode();
                params.set("JobFlowId", a.get("cluster-id"));
                params.set("Steps", EmrSteps.configs(a.get("steps"), region, releaseLabel));
                if (a.hasNonNull("execution-role-arn")) {
                    params.set("ExecutionRoleArn", a.get("execution-role-arn"));
                }
                return CustomResult.document(calls.call("emr", "AddJobFlowSteps", params, o), "AddJobFlowSteps");
            }
            case "add-instance-groups": {
                ObjectNode a = Tables.ADD_INSTANCE_GROUPS.parse(h.args(), calls.files());
                ObjectNode params = F.objectNode();
                params.set("JobFlowId", a.get("cluster-id"));
                params.set("InstanceGroups", EmrClusterRequest.instanceGroups(a.get("instance-groups")));
                ObjectNode out = calls.call("emr", "AddInstanceGroups", params, o);
                ObjectNode result = F.objectNode();
                if (out.hasNonNull("JobFlowId") && out.hasNonNull("InstanceGroupIds")) {
                    result.set("ClusterId", out.get("JobFlowId"));
                    result.set("InstanceGroupIds", out.get("InstanceGroupIds"));
                    result.set("ClusterArn", out.hasNonNull("ClusterArn") ? out.get("ClusterArn") : F.nullNode());
                }
                return CustomResult.document(result, "add_instance_groups");
            }
            case "terminate-clusters": {
                ObjectNode a = Tables.TERMINATE_CLUSTERS.parse(h.args(), calls.files());
                ObjectNode params = F.objectNode();
                params.set("JobFlowIds", a.get("cluster-ids"));
                return CustomResult.document(calls.call("emr", "TerminateJobFlows", params, o), "TerminateJobFlows");
            }
            case "modify-cluster-attributes":
                return modifyAttributes(Tables.MODIFY_CLUSTER_ATTRIBUTES.parse(h.args(), calls.files()), calls, o);
            case "ssh":
            case "socks":
            case "get":
            case "put":
                throw new CustomCommandException("UnsupportedCommand", "'aws emr " + h.subcommand() + "' "
                        + SSH_REASON + "; aws-mcp runs no local programs.", "Find the master node with 'aws emr "
                        + "describe-cluster --cluster-id <id> --query Cluster.MasterPublicDnsName' and connect "
                        + "yourself (ssh -i key.pem hadoop@<dns>), or use 'aws ssm start-session'.", 252);
            default:
                return hbase(h, calls, o);
        }
    }

    /** {@code describecluster.py}: the cluster with its instance groups (or fleets) and bootstrap actions. */
    private static CustomResult describeCluster(ObjectNode a, CustomCalls calls, GlobalOptions o) {
        ObjectNode id = F.objectNode();
        id.set("ClusterId", a.get("cluster-id"));
        ObjectNode result = calls.call("emr", "DescribeCluster", id.deepCopy(), o);
        boolean fleets = "INSTANCE_FLEET".equals(result.path("Cluster").path("InstanceCollectionType").asText());
        ObjectNode instances = calls.call("emr", fleets ? "ListInstanceFleets" : "ListInstanceGroups", id.deepCopy(), o);
        ObjectNode actions = calls.call("emr", "ListBootstrapActions", id.deepCopy(), o);
        if (!result.path("Cluster").isObject()) {
            result.putObject("Cluster"); // the CLI fails here with a KeyError; an empty cluster is kinder
        }
        ObjectNode cluster = (ObjectNode) result.get("Cluster");
        cluster.set("BootstrapActions", F.arrayNode());
        String key = fleets ? "InstanceFleets" : "InstanceGroups";
        if (instances.hasNonNull(key)) {
            cluster.set(key, instances.get(key));
        }
        if (actions.hasNonNull("BootstrapActions")) {
            cluster.set("BootstrapActions", actions.get("BootstrapActions"));
        }
        return CustomResult.document(result, "describe_cluster");
    }

    private static CustomResult modifyAttributes(ObjectNode a, CustomCalls calls, GlobalOptions o) {
        boolean any = false;
        for (Attribute attr : ATTRIBUTES) {
            if (CustomArguments.flag(a, attr.on()) && CustomArguments.flag(a, attr.off())) {
                throw EmrClusterRequest.exclusive("--" + attr.on(), "--" + attr.off(), null);
            }
            any |= CustomArguments.flag(a, attr.on()) || CustomArguments.flag(a, attr.off());
        }
        if (!any) {
            throw EmrClusterRequest.error("MissingClusterAttributes", "aws: error: Must specify one of the following "
                    + "boolean options: --visible-to-all-users|--no-visible-to-all-users, --termination-protected|"
                    + "--no-termination-protected, --auto-terminate|--no-auto-terminate, --unhealthy-node-replacement|"
                    + "--no-unhealthy-node-replacement.", "Add one of them, e.g. --termination-protected.");
        }
        JsonNode last = F.objectNode();
        String title = "";
        for (Attribute attr : ATTRIBUTES) {
            boolean on = CustomArguments.flag(a, attr.on());
            if (on || CustomArguments.flag(a, attr.off())) {
                ObjectNode params = F.objectNode();
                params.putArray("JobFlowIds").add(a.get("cluster-id"));
                params.put(attr.member(), attr.inverted() != on);
                last = calls.call("emr", attr.operation(), params, o);
                title = attr.operation();
            }
        }
        return CustomResult.document(last, title);
    }

    private static CustomResult hbase(HighLevelCommand h, CustomCalls calls, GlobalOptions o) {
        String sub = h.subcommand();
        ObjectNode a;
        List<String> args = new ArrayList<>();
        String stepName;
        switch (sub) {
            case "restore-from-hbase-backup":
                a = Tables.RESTORE_FROM_HBASE_BACKUP.parse(h.args(), calls.files());
                args.addAll(EmrClusterRequest.restoreArgs(a.get("dir").asText(),
                        CustomArguments.text(a, "backup-version")));
                stepName = "Restore HBase";
                break;
            case "schedule-hbase-backup": {
                a = Tables.SCHEDULE_HBASE_BACKUP.parse(h.args(), calls.files());
                String type = a.get("type").asText().toLowerCase(java.util.Locale.ROOT);
                String unit = a.get("unit").asText().toLowerCase(java.util.Locale.ROOT);
                if (!type.equals("full") && !type.equals("incremental")) {
                    throw EmrClusterRequest.error("InvalidType", "aws: error: invalid type. type should be either "
                            + "full or incremental.", "Use --type full or --type incremental.");
                }
                if (!List.of("minutes", "hours", "days").contains(unit)) {
                    throw EmrClusterRequest.error("InvalidUnit", "aws: error: invalid unit. unit should be one of the "
                            + "following values: minutes, hours or days.", "Use --unit minutes, hours or days.");
                }
                boolean full = type.equals("full");
                args.addAll(List.of(EmrSteps.HBASE_MAIN, "--set-scheduled-backup", "true", "--backup-dir",
                        a.get("dir").asText()));
                if (CustomArguments.flag(a, "consistent")) {
                    args.add("--consistent");
                }
                args.add(full ? "--full-backup-time-interval" : "--incremental-backup-time-interval");
                args.add(a.get("interval").asText());
                args.add(full ? "--full-backup-time-unit" : "--incremental-backup-time-unit");
                args.add(unit);
                args.add("--start-time");
                args.add(a.hasNonNull("start-time") ? a.get("start-time").asText() : "now");
                stepName = "Modify Backup Schedule";
                break;
            }
            case "create-hbase-backup":
                a = Tables.CREATE_HBASE_BACKUP.parse(h.args(), calls.files());
                args.addAll(List.of(EmrSteps.HBASE_MAIN, "--backup", "--backup-dir", a.get("dir").asText()));
                if (CustomArguments.flag(a, "consistent")) {
                    args.add("--consistent");
                }
                stepName = "Backup HBase";
                break;
            case "disable-hbase-backups":
                a = Tables.DISABLE_HBASE_BACKUPS.parse(h.args(), calls.files());
                if (!CustomArguments.flag(a, "full") && !CustomArguments.flag(a, "incremental")) {
                    throw EmrClusterRequest.error("MissingBackupType", "Should specify at least one of --full and "
                            + "--incremental.", "Add --full, --incremental or both.");
                }
                args.addAll(List.of(EmrSteps.HBASE_MAIN, "--set-scheduled-backup", "false"));
                if (CustomArguments.flag(a, "full")) {
                    args.add("--disable-full-backups");
                }
                if (CustomArguments.flag(a, "incremental")) {
                    args.add("--disable-incremental-backups");
                }
                stepName = "Modify Backup Schedule";
                break;
            default:
                throw new IllegalStateException("not an emr command of this class: " + sub);
        }
        String clusterId = a.get("cluster-id").asText();
        String releaseLabel = releaseLabel(clusterId, calls, o);
        if (releaseLabel != null) {
            throw EmrClusterRequest.error("UnsupportedCommandWithRelease", "aws: error: " + sub + " is not supported "
                    + "with '" + releaseLabel + "' release.", "Release-label clusters back HBase up with their own "
                    + "tools (HBase snapshots or EMRFS); add such a step with 'aws emr add-steps'.");
        }
        ObjectNode params = F.objectNode().put("JobFlowId", clusterId);
        params.putArray("Steps").add(EmrSteps.step(EmrSteps.HBASE_JAR_PATH, stepName, EmrSteps.CANCEL_AND_WAIT, args,
                null, null, null));
        return CustomResult.document(calls.call("emr", "AddJobFlowSteps", params, o), "AddJobFlowSteps");
    }

    /** {@code emrutils.get_release_label}: the cluster's {@code ReleaseLabel}, or null for an AMI-version one. */
    private static String releaseLabel(String clusterId, CustomCalls calls, GlobalOptions o) {
        ObjectNode out = calls.call("emr", "DescribeCluster", F.objectNode().put("ClusterId", clusterId), o);
        JsonNode label = out.path("Cluster").get("ReleaseLabel");
        return label == null || label.isNull() ? null : label.asText();
    }

    private static Argument schema(String name, String schemaName) {
        JsonNode schema = Tables.SCHEMAS.get(schemaName);
        if (schema == null) {
            throw new IllegalStateException("emr-argument-schemas.json has no " + schemaName);
        }
        return Argument.schema(name, schema);
    }

    private static JsonNode schemas() {
        try (InputStream in = EmrCommands.class.getResourceAsStream("emr-argument-schemas.json")) {
            if (in == null) {
                throw new IllegalStateException("emr-argument-schemas.json is missing from the jar");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
