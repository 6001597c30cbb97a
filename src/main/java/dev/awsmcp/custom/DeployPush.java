package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.s3.FileUpload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code aws deploy push} ({@code awscli/customizations/codedeploy/push.py}): zips a folder holding an
 * {@code appspec.yml} ({@link FolderZip}, links to folders not followed, hidden files left out on request), uploads it
 * to S3 (one {@code PutObject} below 6 MiB, 6 MiB parts above), registers it as an application revision and prints the
 * {@code create-deployment} command that deploys it. The S3 client takes no {@code --endpoint-url}; the CodeDeploy
 * call does.
 */
final class DeployPush implements Customization {
    private static final long PART_SIZE = 6L << 20; // push.py's MULTIPART_LIMIT
    private static final Pattern S3_LOCATION = Pattern.compile("s3://(.+?)/(.+)");
    private static final CustomArguments ARGS = new CustomArguments("deploy push", List.of(
            Argument.text("application-name").asRequired(), Argument.text("s3-location").asRequired(),
            Argument.flag("ignore-hidden-files"), Argument.flag("no-ignore-hidden-files"),
            Argument.text("source").withDefault("."), Argument.text("description")));

    @Override
    public String group() {
        return "deploy";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("push", "Zips a folder with an AppSpec file, uploads it to S3 and registers it as an application "
                + "revision.");
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        plan.read(in.first("--source") == null ? "." : in.first("--source"));
        FileUpload.OPERATIONS.forEach(op -> plan.api("s3", op));
        plan.api("deploy", "RegisterApplicationRevision");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode args = ARGS.parse(h.args(), calls.files());
        String location = CustomArguments.text(args, "s3-location");
        Matcher m = S3_LOCATION.matcher(location);
        if (!m.lookingAt()) {
            throw new CustomCommandException("InvalidS3Location", "--s3-location must specify the Amazon S3 URL "
                    + "format as s3://<bucket>/<key>.", "Write it as s3://bucket/key.zip.");
        }
        boolean ignoreHidden = CustomArguments.flag(args, "ignore-hidden-files");
        if (ignoreHidden && CustomArguments.flag(args, "no-ignore-hidden-files")) {
            throw new CustomCommandException("ConflictingOptions", "You cannot specify both --ignore-hidden-files and "
                    + "--no-ignore-hidden-files.", "Pass one of them.");
        }
        String bucket = m.group(1);
        String key = m.group(2);
        String description = CustomArguments.text(args, "description");
        if (description == null || description.isEmpty()) {
            description = "Uploaded by AWS CLI " + isoformat(LocalDateTime.ofInstant(calls.now(), ZoneOffset.UTC))
                    + " UTC";
        }
        String source = CustomArguments.text(args, "source");
        Path folder = folder(calls, source);
        List<Path> files = FolderZip.walk(folder, false, ignoreHidden);
        if (!files.contains(folder.resolve("appspec.yml"))) {
            throw new CustomCommandException("AppSpecNotFound", folder.resolve("appspec.yml") + " was not found",
                    "Put the AppSpec file (appspec.yml) at the top of --source.");
        }
        Path zip = FolderZip.zip(folder, files, calls::localFile);
        ObjectNode uploaded;
        try {
            uploaded = FileUpload.upload(S3Commands.s3Calls(calls), zip, bucket, key,
                    JsonNodeFactory.instance.objectNode(), h.options().withoutEndpointUrl(), PART_SIZE);
        } catch (IOException | AwsMcpException e) {
            throw new CustomCommandException("UploadFailed", "Failed to upload '" + source + "' to '" + location + "': "
                    + e.getMessage(), e instanceof AwsMcpException a && a.hint() != null ? a.hint()
                    : "Check the bucket and your permissions to write to it.");
        } finally {
            FolderZip.delete(zip);
        }
        String eTag = uploaded.path("ETag").asText().replace("\"", "");
        String version = uploaded.hasNonNull("VersionId") ? uploaded.get("VersionId").asText() : null;
        ObjectNode register = JsonNodeFactory.instance.objectNode();
        register.put("applicationName", CustomArguments.text(args, "application-name"));
        ObjectNode s3 = register.putObject("revision").put("revisionType", "S3").putObject("s3Location");
        s3.put("bucket", bucket).put("key", key).put("bundleType", "zip").put("eTag", eTag);
        if (version != null) {
            s3.put("version", version);
        }
        register.put("description", description);
        calls.call("deploy", "RegisterApplicationRevision", register, h.options());
        return CustomResult.printed("To deploy with this revision, run:\naws deploy create-deployment "
                + "--application-name " + CustomArguments.text(args, "application-name") + " --s3-location bucket="
                + bucket + ",key=" + key + ",bundleType=zip,eTag=" + eTag + (version == null ? "" : ",version=" + version)
                + " --deployment-group-name <deployment-group-name> --deployment-config-name "
                + "<deployment-config-name> --description <description>\n");
    }

    /** The source folder through the file guard; os.walk of a missing folder finds no appspec.yml. */
    private static Path folder(CustomCalls calls, String source) {
        Path absolute = calls.files().workdir().resolve(source).normalize();
        Path checked = LocalFiles.existing(calls, source);
        if (checked != null && Files.isDirectory(checked)) {
            return absolute;
        }
        throw new CustomCommandException("AppSpecNotFound", absolute.resolve("appspec.yml") + " was not found",
                "Pass the folder that holds appspec.yml as --source.");
    }

    /** Python's naive {@code datetime.isoformat()}: microseconds only when there are any. */
    static String isoformat(LocalDateTime t) {
        String base = t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        int micros = t.getNano() / 1000;
        return micros == 0 ? base : base + String.format(".%06d", micros);
    }
}
