package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code RunJobFlow} request of {@code aws emr create-cluster}, built from its arguments as
 * {@code awscli/customizations/emr/createcluster.py} builds it: instance groups from {@code --instance-type} and
 * {@code --instance-count} or {@code --instance-groups}, roles from {@code --use-default-roles}, EC2 attributes,
 * flags with their {@code --no-} twins, steps, bootstrap actions, EMRFS settings and the debugging step. Local; the
 * caller sends it.
 */
final class EmrClusterRequest {
    static final String EC2_ROLE_NAME = "EMR_EC2_DefaultRole";
    static final String EMR_ROLE_NAME = "EMR_DefaultRole";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AMI_VERSION = Pattern.compile("\\d?\\..*");
    private static final int MAX_BOOTSTRAP_ACTIONS = 16;

    private EmrClusterRequest() {}

    /**
     * Builds the request.
     *
     * @param a      the parsed arguments by option name
     * @param region the command's region
     * @return the {@code RunJobFlow} parameters
     * @throws CustomCommandException (exit 255, as the CLI's {@code EmrError}s) for contradicting or missing options
     */
    static ObjectNode build(ObjectNode a, String region) {
        ObjectNode params = F.objectNode();
        params.put("Name", CustomArguments.text(a, "name"));
        String releaseLabel = CustomArguments.text(a, "release-label");
        String amiVersion = CustomArguments.text(a, "ami-version");
        if (amiVersion != null && releaseLabel != null) {
            throw exclusive("--ami-version", "--release-label", null);
        }
        if (amiVersion == null && releaseLabel == null) {
            throw error("RequiredOptions", "aws: error: Either --ami-version or --release-label is required.",
                    "Add --release-label, e.g. --release-label emr-7.5.0.");
        }
        String rolesHint = " Either choose --use-default-roles or use both --service-role <roleName> and "
                + "--ec2-attributes InstanceProfile=<profileName>.";
        boolean defaultRoles = CustomArguments.flag(a, "use-default-roles");
        if (defaultRoles && a.hasNonNull("service-role")) {
            throw exclusive("--use-default-roles", "--service-role", rolesHint);
        }
        ObjectNode ec2Attributes = a.hasNonNull("ec2-attributes") ? (ObjectNode) a.get("ec2-attributes") : null;
        if (defaultRoles && ec2Attributes != null && ec2Attributes.has("InstanceProfile")) {
            throw exclusive("--use-default-roles", "--ec2-attributes InstanceProfile", rolesHint);
        }
        if (a.hasNonNull("instance-groups") && a.hasNonNull("instance-fleets")) {
            throw exclusive("--instance-groups", "--instance-fleets", null);
        }
        ObjectNode instances = F.objectNode();
        if (a.hasNonNull("instance-fleets")) {
            instances.set("InstanceFleets", instanceFleets(a.get("instance-fleets")));
        } else {
            instances.set("InstanceGroups", instanceGroups(a.get("instance-groups"), CustomArguments.text(a, "instance-type"),
                    CustomArguments.text(a, "instance-count")));
        }
        if (releaseLabel != null) {
            params.put("ReleaseLabel", releaseLabel);
            if (a.hasNonNull("configurations")) {
                try {
                    params.set("Configurations", JSON.readTree(CustomArguments.text(a, "configurations")));
                } catch (java.io.IOException e) {
                    throw error("InvalidJson", "aws: error: invalid json argument for option --configurations",
                            "Pass a JSON list of configurations, or file://configurations.json.");
                }
            }
        }
        if (releaseLabel == null) {
            if (!AMI_VERSION.matcher(amiVersion).lookingAt()) {
                throw error("InvalidAmiVersion", "aws: error: The supplied AMI version \"" + amiVersion
                        + "\" is invalid. Please see AMI Versions Supported in Amazon EMR in Amazon Elastic MapReduce "
                        + "Developer Guide: http://docs.aws.amazon.com/ElasticMapReduce/latest/DeveloperGuide/"
                        + "ami-versions-supported.html", "Use --release-label emr-x.y.z for current clusters.");
            }
            params.put("AmiVersion", amiVersion);
        }
        copy(a, "additional-info", params, "AdditionalInfo");
        copy(a, "log-uri", params, "LogUri");
        copy(a, "os-release-label", params, "OSReleaseLabel");
        copy(a, "log-encryption-kms-key-id", params, "LogEncryptionKmsKeyId");
        String serviceRole = CustomArguments.text(a, "service-role");
        if (defaultRoles) {
            serviceRole = EMR_ROLE_NAME;
            if (ec2Attributes == null) {
                ec2Attributes = F.objectNode();
            }
            ec2Attributes.put("InstanceProfile", EC2_ROLE_NAME);
        }
        EmrSteps.putIfTrue(params, "ServiceRole", serviceRole);
        if (a.hasNonNull("instance-groups")) {
            for (JsonNode group : instances.get("InstanceGroups")) {
                if (group.has("AutoScalingPolicy") && !a.hasNonNull("auto-scaling-role")) {
                    throw error("MissingAutoScalingRole", "aws: error: Must specify --auto-scaling-role when "
                            + "configuring an AutoScaling policy for an instance group.",
                            "Add --auto-scaling-role EMR_AutoScaling_DefaultRole.");
                }
            }
        }
        copy(a, "auto-scaling-role", params, "AutoScalingRole");
        copy(a, "scale-down-behavior", params, "ScaleDownBehavior");
        boolean noAutoTerminate = CustomArguments.flag(a, "no-auto-terminate") || !CustomArguments.flag(a, "auto-terminate");
        instances.put("KeepJobFlowAliveWhenNoSteps", both(noAutoTerminate, "--no-auto-terminate",
                CustomArguments.flag(a, "auto-terminate"), "--auto-terminate"));
        instances.put("TerminationProtected", both(CustomArguments.flag(a, "termination-protected"), "--termination-protected",
                CustomArguments.flag(a, "no-termination-protected"), "--no-termination-protected"));
        if (CustomArguments.flag(a, "unhealthy-node-replacement") || CustomArguments.flag(a, "no-unhealthy-node-replacement")) {
            instances.put("UnhealthyNodeReplacement", both(CustomArguments.flag(a, "unhealthy-node-replacement"),
                    "--unhealthy-node-replacement", CustomArguments.flag(a, "no-unhealthy-node-replacement"),
                    "--no-unhealthy-node-replacement"));
        }
        boolean visible = CustomArguments.flag(a, "visible-to-all-users") || !CustomArguments.flag(a, "no-visible-to-all-users");
        params.put("VisibleToAllUsers", both(visible, "--visible-to-all-users", CustomArguments.flag(a, "no-visible-to-all-users"),
                "--no-visible-to-all-users"));
        params.set("Tags", tags(a.get("tags")));
        params.set("Instances", instances);
        if (ec2Attributes != null) {
            ec2Attributes(params, instances, ec2Attributes);
        }
        boolean debugging = both(CustomArguments.flag(a, "enable-debugging"), "--enable-debugging", CustomArguments.flag(a, "no-enable-debugging"),
                "--no-enable-debugging");
        if (debugging && !a.hasNonNull("log-uri")) {
            throw error("LogUri", "aws: error: LogUri not specified. You must specify a logUri if you enable "
                    + "debugging when creating a cluster.", "Add --log-uri s3://bucket/logs/.");
        }
        if (debugging) {
            ObjectNode step = releaseLabel != null
                    ? EmrSteps.step(EmrSteps.COMMAND_RUNNER, "Setup Hadoop Debugging", EmrSteps.TERMINATE_CLUSTER,
                            List.of("state-pusher-script"), null, null, null)
                    : EmrSteps.step(EmrSteps.scriptRunner(region), "Setup Hadoop Debugging",
                            EmrSteps.TERMINATE_CLUSTER, List.of(EmrSteps.s3Link("/libs/state-pusher/0.1/fetch", region)),
                            null, null, null);
            append(params, "Steps", F.arrayNode().add(step));
        }
        if (a.hasNonNull("applications")) {
            if (releaseLabel == null) {
                throw error("UnsupportedOption", "aws-mcp does not build the install steps of applications for "
                        + "AMI-version (2.x/3.x) clusters.", "Use --release-label emr-x.y.z with --applications "
                        + "Name=Spark Name=Hive ...; release-label clusters install applications themselves.");
            }
            params.set("Applications", a.get("applications").deepCopy());
        }
        JsonNode restore = a.get("restore-from-hbase-backup");
        if (restore != null && !restore.isNull()) {
            append(params, "Steps", F.arrayNode().add(EmrSteps.step(EmrSteps.HBASE_JAR_PATH, "Restore HBase",
                    EmrSteps.CANCEL_AND_WAIT, restoreArgs(EmrSteps.text(restore, "Dir", null),
                            EmrSteps.text(restore, "BackupVersion", null)), null, null, null)));
        }
        if (a.hasNonNull("bootstrap-actions")) {
            bootstrapActions(params, a.get("bootstrap-actions"));
        }
        if (a.hasNonNull("emrfs")) {
            emrfs(params, (ObjectNode) a.get("emrfs"), releaseLabel, region);
        }
        if (a.hasNonNull("steps")) {
            append(params, "Steps", EmrSteps.configs(a.get("steps"), region, releaseLabel));
        }
        copy(a, "security-configuration", params, "SecurityConfiguration");
        copy(a, "custom-ami-id", params, "CustomAmiId");
        integer(a, "ebs-root-volume-size", params, "EbsRootVolumeSize");
        integer(a, "ebs-root-volume-iops", params, "EbsRootVolumeIops");
        integer(a, "ebs-root-volume-throughput", params, "EbsRootVolumeThroughput");
        copy(a, "repo-upgrade-on-boot", params, "RepoUpgradeOnBoot");
        copy(a, "kerberos-attributes", params, "KerberosAttributes");
        if (a.hasNonNull("step-concurrency-level")) {
            params.set("StepConcurrencyLevel", a.get("step-concurrency-level"));
        }
        copy(a, "step-execution-role-arn", params, "StepExecutionRoleArn");
        if (CustomArguments.flag(a, "extended-support") || CustomArguments.flag(a, "no-extended-support")) {
            params.put("ExtendedSupport", both(CustomArguments.flag(a, "extended-support"), "--extended-support",
                    CustomArguments.flag(a, "no-extended-support"), "--no-extended-support"));
        }
        copy(a, "managed-scaling-policy", params, "ManagedScalingPolicy");
        copy(a, "placement-group-configs", params, "PlacementGroupConfigs");
        copy(a, "auto-termination-policy", params, "AutoTerminationPolicy");
        copy(a, "monitoring-configuration", params, "MonitoringConfiguration");
        requireApplications(a);
        return params;
    }

    /** {@code hbaseutils.build_hbase_restore_from_backup_args}. */
    static List<String> restoreArgs(String dir, String backupVersion) {
        List<String> args = new java.util.ArrayList<>(List.of(EmrSteps.HBASE_MAIN, "--restore", "--backup-dir",
                dir == null ? "" : dir));
        if (backupVersion != null) {
            args.add("--backup-version");
            args.add(backupVersion);
        }
        return args;
    }

    /** {@code instancegroupsutils.build_instance_groups} (also {@code add-instance-groups}). */
    static ArrayNode instanceGroups(JsonNode groups) {
        ArrayNode out = F.arrayNode();
        for (JsonNode g : groups) {
            ObjectNode c = out.addObject();
            c.put("Name", g.has("Name") ? g.get("Name").asText() : g.path("InstanceGroupType").asText());
            c.set("InstanceType", g.get("InstanceType"));
            c.set("InstanceCount", g.get("InstanceCount"));
            c.put("InstanceRole", g.path("InstanceGroupType").asText().toUpperCase(Locale.ROOT));
            if (g.has("BidPrice")) {
                if (!g.get("BidPrice").asText().equals("OnDemandPrice")) {
                    c.set("BidPrice", g.get("BidPrice"));
                }
                c.put("Market", "SPOT");
            } else {
                c.put("Market", "ON_DEMAND");
            }
            for (String key : new String[] {"EbsConfiguration", "AutoScalingPolicy", "Configurations", "CustomAmiId"}) {
                if (g.has(key)) {
                    c.set(key, g.get(key));
                }
            }
        }
        return out;
    }

    private static ArrayNode instanceGroups(JsonNode groups, String instanceType, String instanceCount) {
        if (groups == null && instanceType == null) {
            throw error("MissingRequiredInstanceGroups", "aws: error: Must specify either --instance-groups or "
                    + "--instance-type with --instance-count(optional) to configure instance groups.",
                    "Add --instance-type m5.xlarge --instance-count 3, or --instance-groups.");
        }
        if (groups != null && (instanceType != null || instanceCount != null)) {
            throw error("InstanceGroupsValidation", "aws: error: You may not specify --instance-type or "
                    + "--instance-count with --instance-groups, because --instance-type and --instance-count are "
                    + "shortcut options for --instance-groups.", "Keep either --instance-groups or the two shortcuts.");
        }
        if (groups != null) {
            return instanceGroups(groups);
        }
        ArrayNode out = F.arrayNode();
        out.add(group(instanceType, 1, "MASTER"));
        int count = instanceCount == null ? 0 : pythonInt(instanceCount, "--instance-count");
        if (count > 1) {
            out.add(group(instanceType, count - 1, "CORE"));
        }
        return out;
    }

    private static ObjectNode group(String type, int count, String role) {
        ObjectNode c = F.objectNode();
        c.put("InstanceType", type);
        c.put("InstanceCount", count);
        c.put("InstanceRole", role);
        c.put("Name", role);
        c.put("Market", "ON_DEMAND");
        return c;
    }

    /** {@code instancefleetsutils.validate_and_build_instance_fleets}. */
    private static ArrayNode instanceFleets(JsonNode fleets) {
        ArrayNode out = F.arrayNode();
        for (JsonNode f : fleets) {
            ObjectNode c = out.addObject();
            c.set("Name", f.has("Name") ? f.get("Name") : f.get("InstanceFleetType"));
            c.set("InstanceFleetType", f.get("InstanceFleetType"));
            for (String key : new String[] {"TargetOnDemandCapacity", "TargetSpotCapacity", "InstanceTypeConfigs"}) {
                if (f.has(key)) {
                    c.set(key, f.get(key));
                }
            }
            subset(f, c, "LaunchSpecifications", "SpotSpecification", "OnDemandSpecification");
            subset(f, c, "ResizeSpecifications", "SpotResizeSpecification", "OnDemandResizeSpecification");
            if (f.has("Context")) {
                c.set("Context", f.get("Context"));
            }
        }
        return out;
    }

    private static void subset(JsonNode from, ObjectNode to, String key, String... children) {
        if (from.has(key)) {
            ObjectNode target = to.putObject(key);
            for (String child : children) {
                if (from.get(key).has(child)) {
                    target.set(child, from.get(key).get(child));
                }
            }
        }
    }

    /** {@code _build_ec2_attributes}. */
    private static void ec2Attributes(ObjectNode cluster, ObjectNode instances, ObjectNode attrs) {
        if (attrs.has("SubnetId") && attrs.has("SubnetIds")) {
            throw exclusive("SubnetId", "SubnetIds", null);
        }
        if (attrs.has("AvailabilityZone") && attrs.has("AvailabilityZones")) {
            throw exclusive("AvailabilityZone", "AvailabilityZones", null);
        }
        if ((attrs.has("SubnetId") || attrs.has("SubnetIds"))
                && (attrs.has("AvailabilityZone") || attrs.has("AvailabilityZones"))) {
            throw error("SubnetAndAzValidation", "aws: error: You may not specify both a SubnetId and an "
                    + "AvailabilityZone (placement) because ec2SubnetId implies a placement.",
                    "Keep SubnetId(s) or AvailabilityZone(s) in --ec2-attributes, not both.");
        }
        copyTruthy(attrs, "KeyName", instances, "Ec2KeyName");
        copyTruthy(attrs, "SubnetId", instances, "Ec2SubnetId");
        copyTruthy(attrs, "SubnetIds", instances, "Ec2SubnetIds");
        for (String zone : new String[] {"AvailabilityZone", "AvailabilityZones"}) {
            if (attrs.has(zone)) {
                ObjectNode placement = instances.putObject("Placement");
                copyTruthy(attrs, zone, placement, zone);
            }
        }
        copyTruthy(attrs, "InstanceProfile", cluster, "JobFlowRole");
        for (String key : new String[] {"EmrManagedMasterSecurityGroup", "EmrManagedSlaveSecurityGroup",
                "ServiceAccessSecurityGroup", "AdditionalMasterSecurityGroups", "AdditionalSlaveSecurityGroups"}) {
            copyTruthy(attrs, key, instances, key);
        }
    }

    /** {@code _build_bootstrap_actions}. */
    private static void bootstrapActions(ObjectNode cluster, JsonNode actions) {
        ArrayNode existing = cluster.has("BootstrapActions") ? (ArrayNode) cluster.get("BootstrapActions")
                : F.arrayNode();
        if (existing.size() + actions.size() > MAX_BOOTSTRAP_ACTIONS) {
            throw error("TooManyBootstrapActions", "aws: error: maximum number of bootstrap actions for a cluster "
                    + "exceeded.", "A cluster takes at most " + MAX_BOOTSTRAP_ACTIONS + " bootstrap actions.");
        }
        ArrayNode all = existing.deepCopy();
        for (JsonNode ba : actions) {
            ObjectNode c = all.addObject();
            c.put("Name", ba.hasNonNull("Name") ? ba.get("Name").asText() : "Bootstrap action");
            ObjectNode script = F.objectNode();
            copyTruthy(ba, "Path", script, "Path");
            copyTruthy(ba, "Args", script, "Args");
            if (!script.isEmpty()) {
                c.set("ScriptBootstrapAction", script);
            }
        }
        if (!all.isEmpty()) {
            cluster.set("BootstrapActions", all);
        }
    }

    /** {@code _handle_emrfs_parameters} with {@code emrfsutils}. */
    private static void emrfs(ObjectNode cluster, ObjectNode args, String releaseLabel, String region) {
        EmrFs.verify(args);
        if (releaseLabel != null) {
            if (cluster.has("Configurations")) {
                for (JsonNode c : cluster.get("Configurations")) {
                    if (c != null && "emrfs-site".equals(c.path("Classification").asText(null))) {
                        throw error("DuplicateEmrFsConfiguration", "aws: error: Cannot specify EMRFS configuration "
                                + "using both --emrfs option and --configurations option with emrfs-site "
                                + "classification.", "Keep one of the two.");
                    }
                }
            }
            append(cluster, "Configurations", F.arrayNode().add(EmrFs.configuration(args)));
        } else {
            append(cluster, "BootstrapActions", EmrFs.bootstrapActions(args, region));
        }
    }

    /** {@code _validate_required_applications}: Hive, Pig and Impala steps need their application. */
    private static void requireApplications(ObjectNode a) {
        Set<String> specified = new LinkedHashSet<>();
        if (a.hasNonNull("applications")) {
            for (JsonNode app : a.get("applications")) {
                specified.add(app.path("Name").asText().toLowerCase(Locale.ROOT));
            }
        }
        Set<String> missing = new java.util.TreeSet<>();
        if (a.hasNonNull("steps")) {
            for (JsonNode step : a.get("steps")) {
                String type = step.hasNonNull("Type") ? step.get("Type").asText().toLowerCase(Locale.ROOT) : null;
                if (type != null && Set.of("hive", "pig", "impala").contains(type) && !specified.contains(type)) {
                    missing.add(Character.toUpperCase(type.charAt(0)) + type.substring(1));
                }
            }
        }
        if (a.hasNonNull("restore-from-hbase-backup") && !specified.contains("hbase")) {
            missing.add("Hbase");
        }
        if (!missing.isEmpty()) {
            throw error("MissingApplications", "aws: error: Some of the steps require the following applications to "
                    + "be installed: " + String.join(", ", missing) + ". Please install the applications using "
                    + "--applications.", "Add --applications Name=" + String.join(" Name=", missing) + ".");
        }
    }

    private static void append(ObjectNode cluster, String key, ArrayNode values) {
        if (cluster.has(key)) {
            ((ArrayNode) cluster.get(key)).addAll(values);
        } else if (!values.isEmpty()) {
            cluster.set(key, values);
        }
    }

    /** {@code emrutils.parse_tags}: {@code k=v} words to {@code Key}/{@code Value} objects. */
    static ArrayNode tags(JsonNode words) {
        ArrayNode out = F.arrayNode();
        if (words != null && words.isArray()) {
            for (JsonNode w : words) {
                String tag = w.asText();
                int eq = tag.indexOf('=');
                out.addObject().put("Key", eq < 0 ? tag : tag.substring(0, eq)).put("Value", eq < 0 ? ""
                        : tag.substring(eq + 1));
            }
        }
        return out;
    }

    /** {@code emrutils.apply_boolean_options}. */
    static boolean both(boolean on, String onName, boolean off, String offName) {
        if (on && off) {
            throw error("ContradictingOptions", "aws: error: cannot use both " + onName + " and " + offName
                    + " options together.", "Keep one of " + onName + " and " + offName + ".");
        }
        return on;
    }

    static CustomCommandException exclusive(String option1, String option2, String message) {
        return error("MutuallyExclusiveOptions", "aws: error: You cannot specify both " + option1 + " and "
                + option2 + " options together." + (message == null ? "" : message), "Keep one of " + option1
                + " and " + option2 + ".");
    }

    static CustomCommandException error(String code, String message, String hint) {
        return new CustomCommandException(code, message, hint, 255);
    }


    private static void copy(JsonNode from, String option, ObjectNode to, String key) {
        copyTruthy(from, option, to, key);
    }

    /** {@code emrutils.apply_params}: copies a key only when its value is truthy. */
    private static void copyTruthy(JsonNode from, String fromKey, ObjectNode to, String toKey) {
        JsonNode v = from.get(fromKey);
        boolean truthy = v != null && !v.isNull() && !(v.isTextual() && v.asText().isEmpty())
                && !(v.isContainerNode() && v.isEmpty()) && !(v.isBoolean() && !v.asBoolean())
                && !(v.isNumber() && v.asDouble() == 0);
        if (truthy) {
            to.set(toKey, v.deepCopy());
        }
    }

    private static void integer(JsonNode a, String option, ObjectNode to, String key) {
        String v = CustomArguments.text(a, option);
        if (v != null) {
            int n = pythonInt(v, "--" + option);
            if (n != 0) {
                to.put(key, n);
            }
        }
    }

    /** Python's {@code int()} of an option's text: surrounding spaces and a sign allowed. */
    static int pythonInt(String value, String option) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw error("InvalidInteger", "invalid literal for int() with base 10: '" + value + "'",
                    "Pass a whole number for " + option + ".");
        }
    }
}
