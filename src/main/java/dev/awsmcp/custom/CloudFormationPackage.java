package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.HighLevelCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code aws cloudformation package} ({@code awscli/customizations/cloudformation/package.py}): uploads the local
 * artifacts a template names (Lambda code, nested stacks, API definitions, ...; {@link CfnArtifactExporter}) to an S3
 * bucket and prints the template rewritten to point at them, as YAML or, with {@code --use-json}, JSON; or writes
 * it to {@code --output-template-file} and says how to deploy it. Classified as the S3 writes it makes.
 */
final class CloudFormationPackage implements Customization {
    private static final CustomArguments ARGS = new CustomArguments("cloudformation package", List.of(
            Argument.text("template-file").asRequired(), Argument.text("s3-bucket").asRequired(),
            Argument.text("s3-prefix"), Argument.text("kms-key-id"), Argument.text("output-template-file"),
            Argument.flag("use-json"), Argument.flag("force-upload"), Argument.schema("metadata", stringMap())));

    @Override
    public String group() {
        return "cloudformation";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("package", "Uploads the local artifacts a template references to S3 and writes the template "
                + "that points at them.");
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        plan.read(in.first("--template-file"));
        ArtifactUploader.OPERATIONS.forEach(op -> plan.api("s3", op));
        plan.write(in.first("--output-template-file"));
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode args = ARGS.parse(h.args(), calls.files());
        String templatePath = CustomArguments.text(args, "template-file");
        Path workdir = calls.files().workdir();
        if (!isFile(calls, templatePath)) {
            throw new CustomCommandException("InvalidTemplatePath", "Invalid template path " + templatePath,
                    "Pass the path of an existing template file (relative to " + workdir + ").");
        }
        ArtifactUploader uploader = new ArtifactUploader(calls, CustomArguments.text(args, "s3-bucket"),
                CustomArguments.text(args, "s3-prefix"), CustomArguments.text(args, "kms-key-id"),
                CustomArguments.flag(args, "force-upload"), metadata(args.get("metadata")), h.options());
        Object exported = new CfnArtifactExporter(calls, uploader).export(templatePath, workdir);
        String text = CustomArguments.flag(args, "use-json") ? CfnTemplateText.toJson(exported)
                : CfnTemplateText.toYaml(exported);
        String outputFile = CustomArguments.text(args, "output-template-file");
        if (outputFile == null) {
            return CustomResult.printed("\n" + text);
        }
        Path target = calls.files().checkWrite(outputFile);
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CustomCommandException("OutputNotWritten", "Unable to write " + outputFile + ": "
                    + e.getMessage(), "Check that the folder exists and can be written.");
        }
        return CustomResult.printed("\nSuccessfully packaged artifacts and wrote output template to file " + outputFile
                + ".\nExecute the following command to deploy the packaged template\naws cloudformation deploy "
                + "--template-file " + workdir.resolve(outputFile).normalize() + " --stack-name <YOUR STACK NAME>\n");
    }

    private static boolean isFile(CustomCalls calls, String path) {
        Path p = LocalFiles.existing(calls, path);
        return p != null && Files.isRegularFile(p);
    }

    private static Map<String, String> metadata(JsonNode map) {
        if (map == null || !map.isObject()) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }

    private static JsonNode stringMap() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "map");
        schema.putObject("key").put("type", "string");
        schema.putObject("value").put("type", "string");
        return schema;
    }
}
