package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.s3.FileUpload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code aws gamelift upload-build} ({@code awscli/customizations/gamelift/uploadbuild.py}): creates a build, asks
 * GameLift for temporary upload credentials and its storage location, zips the build folder ({@link FolderZip}, as
 * {@code zip_directory} does) and uploads it there signed with those credentials (never printed or audited: only
 * their key id is). The upload's S3 client takes no {@code --endpoint-url}; the GameLift calls do.
 */
final class GameLiftUploadBuild implements Customization {
    private static final CustomArguments ARGS = new CustomArguments("gamelift upload-build", List.of(
            Argument.text("name").asRequired(), Argument.text("build-version").asRequired(),
            Argument.text("build-root").asRequired(), Argument.text("server-sdk-version"),
            Argument.text("operating-system"), Argument.words("tags")));

    @Override
    public String group() {
        return "gamelift";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("upload-build", "Creates a build and uploads a build folder to it.");
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        plan.read(in.first("--build-root"));
        plan.api("gamelift", "CreateBuild").api("gamelift", "RequestUploadCredentials");
        FileUpload.OPERATIONS.forEach(op -> plan.api("s3", op));
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode args = ARGS.parse(h.args(), calls.files());
        String root = CustomArguments.text(args, "build-root");
        Path folder = folder(calls, root);
        List<Path> files = folder == null ? List.of() : FolderZip.walk(folder, false, false);
        if (files.isEmpty()) {
            return CustomResult.failed(255, "", new CustomResult.Failure("EmptyBuildRoot", "Fail to upload " + root
                    + ". The build root directory is empty or does not exist.", "Pass the folder that holds the build "
                    + "as --build-root."));
        }
        ObjectNode create = JsonNodeFactory.instance.objectNode();
        create.put("Name", CustomArguments.text(args, "name"));
        create.put("Version", CustomArguments.text(args, "build-version"));
        if (CustomArguments.text(args, "operating-system") != null) {
            create.put("OperatingSystem", CustomArguments.text(args, "operating-system"));
        }
        if (CustomArguments.text(args, "server-sdk-version") != null) {
            create.put("ServerSdkVersion", CustomArguments.text(args, "server-sdk-version"));
        }
        if (args.path("tags").size() > 0) {
            ArrayNode tags = create.putArray("Tags");
            for (JsonNode tag : args.get("tags")) {
                String t = tag.asText();
                int eq = t.indexOf('=');
                tags.addObject().put("Key", eq < 0 ? t : t.substring(0, eq)).put("Value", eq < 0 ? "" : t.substring(eq + 1));
            }
        }
        String buildId = calls.call("gamelift", "CreateBuild", create, h.options()).path("Build").path("BuildId").asText();
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("BuildId", buildId);
        JsonNode upload = calls.call("gamelift", "RequestUploadCredentials", request, h.options());
        JsonNode c = upload.path("UploadCredentials");
        RoleCredentials uploadCredentials = new RoleCredentials(c.path("AccessKeyId").asText(),
                c.path("SecretAccessKey").asText(), c.hasNonNull("SessionToken") ? c.get("SessionToken").asText() : null);
        Path zip = FolderZip.zip(folder, files, calls::localFile);
        try {
            FileUpload.upload(S3Commands.s3Calls(calls, uploadCredentials), zip,
                    upload.path("StorageLocation").path("Bucket").asText(),
                    upload.path("StorageLocation").path("Key").asText(), JsonNodeFactory.instance.objectNode(),
                    h.options().withoutEndpointUrl());
        } catch (IOException e) {
            throw new CustomCommandException("ZipFailed", "Unable to read the build's zip: " + e.getMessage(),
                    "Check the temporary directory (java.io.tmpdir).");
        } finally {
            FolderZip.delete(zip);
        }
        return CustomResult.printed("Successfully uploaded " + root + " to AWS GameLift\nBuild ID: " + buildId + "\n");
    }

    /** The build folder through the file guard, or null when it does not exist (os.walk then finds nothing). */
    private static Path folder(CustomCalls calls, String root) {
        if (root == null || root.isEmpty()) {
            return null;
        }
        Path checked = LocalFiles.existing(calls, root);
        return checked != null && Files.isDirectory(checked) ? calls.files().workdir().resolve(root).normalize() : null;
    }
}
