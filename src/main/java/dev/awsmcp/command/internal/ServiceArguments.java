package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.command.CommandException;
import java.util.List;

/**
 * Service-specific argument customizations of the AWS CLI ({@code awscli/customizations/*}): arguments added,
 * replaced or removed for single operations, and the {@code before-parameter-build} fixes that go with them.
 */
final class ServiceArguments {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ServiceArguments() {}

    static void apply(ArgumentTable t) {
        String key = t.service() + "." + t.operationCliName();
        switch (key) {
            case "ec2.run-instances":
                Ec2Arguments.runInstances(t);
                break;
            case "ec2.authorize-security-group-ingress":
            case "ec2.authorize-security-group-egress":
            case "ec2.revoke-security-group-ingress":
            case "ec2.revoke-security-group-egress":
                Ec2Arguments.securityGroup(t);
                break;
            case "ec2.bundle-instance":
                Ec2Arguments.bundleInstance(t);
                break;
            case "ec2.get-password-data":
                t.put(local("priv-launch-key", false, "The private key file (local) used to decrypt the password."));
                break;
            case "configservice.put-configuration-recorder":
                recordingGroup(t);
                break;
            case "lambda.create-function":
                hoist(t, "zip-file", "code", "ZipFile", false);
                break;
            case "lambda.publish-layer-version":
                hoist(t, "zip-file", "content", "ZipFile", false);
                break;
            case "iam.create-virtual-mfa-device":
                t.put(local("outfile", true, "The file the QR code or seed is written to (local)."));
                t.put(new CliArgument("bootstrap-method", CliArgument.Arity.ONE, "bootstrap-method", null, null, true,
                        (ctx, a, v) -> ctx.localArgs().put("bootstrap-method", (String) v),
                        List.of("QRCodePNG", "Base32StringSeed"), "string", "QRCodePNG or Base32StringSeed.", false));
                break;
            case "iot.create-keys-and-certificate":
                t.put(local("certificate-pem-outfile", false, "Saves the certificate PEM to this file (local)."));
                t.put(local("public-key-outfile", false, "Saves the public key to this file (local)."));
                t.put(local("private-key-outfile", false, "Saves the private key to this file (local)."));
                break;
            case "iot.create-certificate-from-csr":
                t.put(local("certificate-pem-outfile", false, "Saves the certificate PEM to this file (local)."));
                break;
            case "s3api.select-object-content":
                t.put(new CliArgument("outfile", CliArgument.Arity.POSITIONAL, "outfile", null, null, false,
                        (ctx, a, v) -> ctx.localArgs().put("outfile", (String) v), List.of(), "string",
                        "Filename where the records will be saved.", false));
                break;
            case "rds.add-option-to-option-group":
                t.rename("options-to-include", "options");
                t.remove("options-to-remove");
                break;
            case "rds.remove-option-from-option-group":
                t.rename("options-to-remove", "options");
                t.remove("options-to-include");
                break;
            case "rekognition.compare-faces":
                nestedBlob(t, "source-image", "Bytes", "source-image-bytes");
                nestedBlob(t, "target-image", "Bytes", "target-image-bytes");
                break;
            case "quicksight.start-asset-bundle-import-job":
                nestedBlob(t, "asset-bundle-import-source", "Body", "asset-bundle-import-source-bytes");
                break;
            case "translate.import-terminology":
                hoist(t, "data-file", "terminology-data", "File", true);
                break;
            case "translate.translate-document":
                hoist(t, "document-content", "document", "Content", true);
                break;
            case "cloudwatch.put-metric-data":
                PromotedArguments.putMetricData(t);
                break;
            case "ses.send-email":
                PromotedArguments.sendEmail(t);
                break;
            case "emr.list-clusters":
                emrListClusters(t);
                break;
            case "cloudfront.create-invalidation":
                cloudFrontPaths(t);
                break;
            case "emr.add-tags":
                t.put(new CliArgument("tags", CliArgument.Arity.MANY, "tags", null, null, true, (ctx, a, v) -> {
                    ArrayNode tags = ctx.params().putArray("Tags");
                    for (Object o : (List<?>) v) {
                        String tag = (String) o;
                        int eq = tag.indexOf('=');
                        tags.addObject().put("Key", eq < 0 ? tag : tag.substring(0, eq))
                                .put("Value", eq < 0 ? "" : tag.substring(eq + 1));
                    }
                }, List.of(), "list", "Tags as Key=Value words.", false));
                break;
            default:
                break;
        }
        if (t.service().equals("rekognition")) {
            nestedBlob(t, "image", "Bytes", "image-bytes");
        }
    }

    /** Hooks that run after all arguments are bound (the CLI's {@code before-parameter-build} handlers). */
    static void afterBind(BindContext ctx) {
        String key = ctx.table().service() + "." + ctx.table().operationCliName();
        switch (key) {
            case "ec2.run-instances":
                Ec2Arguments.fixRunInstances(ctx.params());
                break;
            case "ec2.create-network-acl-entry":
            case "ec2.replace-network-acl-entry":
                Ec2Arguments.fixProtocol(ctx.params());
                break;
            case "ec2.bundle-instance":
                Ec2Arguments.fixBundle(ctx.params());
                break;
            default:
                break;
        }
    }

    /** An argument acting locally (an output file, a key file), recorded in the call's local arguments. */
    static CliArgument local(String name, boolean required, String doc) {
        return new CliArgument(name, CliArgument.Arity.ONE, name, null, null, required,
                (ctx, a, v) -> ctx.localArgs().put(name, (String) v), List.of(), "string", doc, false);
    }

    /** A custom argument's value with {@code file://}/{@code fileb://} resolved (CustomArgument values are too). */
    static JsonNode loaded(BindContext ctx, CliArgument a, String v) {
        JsonNode file = ctx.files().load(v, a.cliName());
        return file != null ? file : TextNode.valueOf(v);
    }

    /** {@code awslambda.py ZipFileArgumentHoister} / {@code translate.py}: a top-level blob into a nested member. */
    private static void hoist(ArgumentTable t, String newArg, String source, String member, boolean required) {
        CliArgument src = t.get(source);
        if (src == null) {
            return;
        }
        String target = src.serializedName();
        t.put(src.withRequired(false).withBinder((ctx, a, v) -> {
            JsonNode unpacked = ctx.unpack(a, v);
            if (unpacked.has(member)) {
                throw new CommandException("InvalidParameterValue", member + " cannot be provided as part of the "
                        + a.cliName() + " argument.", "Use --" + newArg + " fileb://<file> instead.");
            }
            merge(ctx.params(), target, unpacked);
        }));
        t.put(new CliArgument(newArg, CliArgument.Arity.ONE, newArg, null, null, required,
                (ctx, a, v) -> merge(ctx.params(), target, F.objectNode().set(member, loaded(ctx, a, (String) v))),
                List.of(), "blob", "The file (fileb://path) whose bytes become " + target + "." + member + ".", false));
    }

    /** {@code arguments.py NestedBlobArgumentHoister}. */
    private static void nestedBlob(ArgumentTable t, String source, String member, String newArg) {
        CliArgument src = t.get(source);
        if (src == null || src.shape() == null || src.shape().member(member) == null
                || src.shape().member(member).shape().type() != dev.awsmcp.model.ShapeType.BLOB) {
            return;
        }
        String target = src.serializedName();
        t.put(src.withRequired(false));
        t.put(new CliArgument(newArg, CliArgument.Arity.ONE, newArg, null, null, false,
                (ctx, a, v) -> merge(ctx.params(), target, F.objectNode().set(member, loaded(ctx, a, (String) v))),
                List.of(), "blob", "The file (fileb://path) whose bytes become " + target + "." + member + ".", false));
    }

    /** {@code putconfigurationrecorder.py}: recordingGroup pulled out of --configuration-recorder. */
    private static void recordingGroup(ArgumentTable t) {
        CliArgument rec = t.get("configuration-recorder");
        if (rec == null || rec.shape() == null || rec.shape().member("recordingGroup") == null) {
            return;
        }
        dev.awsmcp.model.Member group = rec.shape().member("recordingGroup");
        t.put(rec.withBinder((ctx, a, v) -> merge(ctx.params(), "ConfigurationRecorder", ctx.unpack(a, v))));
        t.put(new CliArgument("recording-group", CliArgument.Arity.ONE, "recording-group", group, "recordingGroup",
                false, (ctx, a, v) -> {
                    ObjectNode recorder = ctx.params().with("ConfigurationRecorder");
                    recorder.set("recordingGroup", ctx.unpack(a, v));
                }, List.of(), "structure", group.documentation(), false));
    }

    /** {@code emr/listclusters.py}: state filters and created-before/after. */
    private static void emrListClusters(ArgumentTable t) {
        Binder states = (ctx, a, v) -> {
            List<String> list;
            switch (a.name()) {
                case "active": list = List.of("STARTING", "BOOTSTRAPPING", "RUNNING", "WAITING", "TERMINATING"); break;
                case "terminated": list = List.of("TERMINATED"); break;
                case "failed": list = List.of("TERMINATED_WITH_ERRORS"); break;
                default: list = ((List<?>) v).stream().map(String.class::cast).toList(); break;
            }
            if (v instanceof Boolean && !((Boolean) v)) {
                return;
            }
            if (ctx.params().path("ClusterStates").size() > 0) {
                throw new CommandException("InvalidParameterCombination", "Only one of --cluster-states, --active, "
                        + "--terminated, --failed may be given.", "Keep one cluster state filter.");
            }
            ArrayNode arr = ctx.params().putArray("ClusterStates");
            list.forEach(arr::add);
        };
        t.put(new CliArgument("cluster-states", CliArgument.Arity.MANY, "cluster-states", null, null, false, states,
                List.of(), "list", "Cluster states to list.", false));
        for (String f : List.of("active", "terminated", "failed")) {
            t.put(new CliArgument(f, CliArgument.Arity.FLAG_TRUE, f, null, null, false, states, List.of(), "boolean",
                    "List " + f + " clusters.", false));
        }
        t.put(new CliArgument("created-before", CliArgument.Arity.ONE, "created-before", null, null, false,
                (ctx, a, v) -> ctx.params().put("CreatedBefore", (String) v), List.of(), "timestamp", null, false));
        t.put(new CliArgument("created-after", CliArgument.Arity.ONE, "created-after", null, null, false,
                (ctx, a, v) -> ctx.params().put("CreatedAfter", (String) v), List.of(), "timestamp", null, false));
    }

    /**
     * {@code customizations/cloudfront.py}: {@code --paths /a /b} builds the {@code InvalidationBatch} (with a
     * {@code cli-<epoch seconds>-<1..1000000>} caller reference, as the CLI makes it), and
     * {@code --invalidation-batch} is no longer required.
     */
    private static void cloudFrontPaths(ArgumentTable t) {
        CliArgument batch = t.get("invalidation-batch");
        if (batch != null) {
            t.put(batch.withRequired(false));
        }
        t.put(new CliArgument("paths", CliArgument.Arity.MANY, "paths", null, null, false, (ctx, a, v) -> {
            List<?> paths = (List<?>) v;
            ObjectNode b = ctx.params().putObject("InvalidationBatch");
            b.put("CallerReference", "cli-" + java.time.Instant.now().getEpochSecond() + "-"
                    + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 1_000_001));
            ObjectNode p = b.putObject("Paths");
            p.put("Quantity", paths.size());
            ArrayNode items = p.putArray("Items");
            paths.forEach(x -> items.add((String) x));
        }, List.of(), "list", "The space-separated paths to be invalidated. Note: --invalidation-batch and --paths "
                + "are mutually exclusive.", false));
    }

    /** {@code parameters[name].update(value)} or set. */
    static void merge(ObjectNode params, String name, JsonNode value) {
        JsonNode current = params.get(name);
        if (current instanceof ObjectNode && value instanceof ObjectNode) {
            ((ObjectNode) current).setAll((ObjectNode) value);
        } else {
            params.set(name, value);
        }
    }

    static ArrayNode array() {
        return F.arrayNode();
    }
}
