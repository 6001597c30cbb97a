package dev.awsmcp.custom;

import dev.awsmcp.command.CommandException;
import dev.awsmcp.error.AwsMcpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Uploads the local artifacts a CloudFormation template names and points the template at their S3 copies: a port of
 * {@code awscli/customizations/cloudformation/artifact_exporter.py} ({@code Template.export}). Every resource type
 * and property the CLI exports is in {@link #RESOURCES}; folders are zipped ({@link FolderZip}), a single file that a
 * type needs zipped (a Lambda function's code) is zipped alone, nested stack templates are exported in turn and
 * uploaded as YAML, {@code AWS::Include} transforms anywhere in the template are uploaded too. Every local path goes
 * through the file guard ({@link CustomCalls#localFile}).
 */
final class CfnArtifactExporter {
    /**
     * One exported property ({@code Resource} subclasses in the CLI).
     *
     * @param type        the resource type, e.g. {@code AWS::Lambda::Function}
     * @param property    the property path, dotted for nested properties ({@code Command.ScriptLocation})
     * @param packageNull whether an absent property means "the template's folder" ({@code PACKAGE_NULL_PROPERTY})
     * @param forceZip    whether a single file is zipped before the upload ({@code FORCE_ZIP})
     * @param s3Dict      for types that take a map instead of a URL: its bucket, key and version member names
     *                    (the version may be null), or null
     * @param nestedStack whether the property names a nested template ({@code CloudFormationStackResource})
     */
    record Exported(String type, String property, boolean packageNull, boolean forceZip, List<String> s3Dict,
                    boolean nestedStack) {
        static Exported url(String type, String property, boolean packageNull, boolean forceZip) {
            return new Exported(type, property, packageNull, forceZip, null, false);
        }

        static Exported dict(String type, String property, boolean packageNull, boolean forceZip, String bucket,
                             String key, String version) {
            return new Exported(type, property, packageNull, forceZip, java.util.Arrays.asList(bucket, key, version),
                    false);
        }
    }

    /** {@code RESOURCES_EXPORT_LIST}, in the CLI's order (two AppSync types export two properties each). */
    static final List<Exported> RESOURCES = List.of(
            Exported.url("AWS::Serverless::Function", "CodeUri", true, true),
            Exported.url("AWS::Serverless::Api", "DefinitionUri", false, false),
            Exported.url("AWS::AppSync::GraphQLSchema", "DefinitionS3Location", false, false),
            Exported.url("AWS::AppSync::Resolver", "RequestMappingTemplateS3Location", false, false),
            Exported.url("AWS::AppSync::Resolver", "ResponseMappingTemplateS3Location", false, false),
            Exported.url("AWS::AppSync::FunctionConfiguration", "RequestMappingTemplateS3Location", false, false),
            Exported.url("AWS::AppSync::FunctionConfiguration", "ResponseMappingTemplateS3Location", false, false),
            Exported.dict("AWS::ApiGateway::RestApi", "BodyS3Location", false, false, "Bucket", "Key", "Version"),
            Exported.dict("AWS::Lambda::Function", "Code", true, true, "S3Bucket", "S3Key", "S3ObjectVersion"),
            Exported.dict("AWS::ElasticBeanstalk::ApplicationVersion", "SourceBundle", true, false, "S3Bucket",
                    "S3Key", null),
            new Exported("AWS::CloudFormation::Stack", "TemplateURL", true, false, null, true),
            new Exported("AWS::Serverless::Application", "Location", true, false, null, true),
            Exported.url("AWS::Serverless::LayerVersion", "ContentUri", true, true),
            Exported.dict("AWS::Lambda::LayerVersion", "Content", true, true, "S3Bucket", "S3Key", "S3ObjectVersion"),
            Exported.url("AWS::Glue::Job", "Command.ScriptLocation", true, false),
            Exported.dict("AWS::StepFunctions::StateMachine", "DefinitionS3Location", false, false, "Bucket", "Key",
                    "Version"),
            Exported.dict("AWS::Serverless::StateMachine", "DefinitionUri", false, false, "Bucket", "Key", "Version"),
            Exported.dict("AWS::CodeCommit::Repository", "Code.S3", false, true, "Bucket", "Key", "ObjectVersion"));

    /** {@code METADATA_EXPORT_LIST}: the Serverless Application Repository's readme and license. */
    static final List<Exported> METADATA = List.of(
            Exported.url("AWS::ServerlessRepo::Application", "ReadmeUrl", false, false),
            Exported.url("AWS::ServerlessRepo::Application", "LicenseUrl", false, false));

    private final CustomCalls calls;
    private final ArtifactUploader uploader;

    CfnArtifactExporter(CustomCalls calls, ArtifactUploader uploader) {
        this.calls = calls;
        this.uploader = uploader;
    }

    /**
     * {@code Template(path, parent_dir, uploader).export()}.
     *
     * @param templatePath the template's path as written
     * @param parentDir    the folder a relative path is resolved against
     * @return the exported template
     */
    Object export(String templatePath, Path parentDir) {
        Path file = parentDir.resolve(templatePath).normalize();
        String text;
        try {
            text = Files.readString(calls.localFile(file.toString()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CustomCommandException("TemplateNotReadable", "Unable to read " + file + ": " + e.getMessage(),
                    "Check that the template file can be read.");
        }
        Object template = CfnTemplateText.parse(text);
        Path templateDir = file.getParent();
        if (!(template instanceof Map<?, ?>)) {
            return template;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> dict = (Map<String, Object>) template;
        exportMetadata(dict, templateDir);
        if (!dict.containsKey("Resources")) {
            return dict;
        }
        exportGlobalArtifacts(dict, templateDir);
        exportResources(dict.get("Resources"), templateDir);
        return dict;
    }

    private void exportMetadata(Map<String, Object> template, Path templateDir) {
        if (!(template.get("Metadata") instanceof Map<?, ?> metadata)) {
            return;
        }
        for (Map.Entry<?, ?> e : metadata.entrySet()) {
            for (Exported x : METADATA) {
                if (x.type().equals(e.getKey())) {
                    exportProperty(x, String.valueOf(e.getKey()), e.getValue(), templateDir);
                }
            }
        }
    }

    /** {@code export_global_artifacts}: {@code Fn::Transform} of {@code AWS::Include} at any depth. */
    @SuppressWarnings("unchecked")
    private void exportGlobalArtifacts(Map<String, Object> dict, Path templateDir) {
        for (Map.Entry<String, Object> e : dict.entrySet()) {
            if (e.getKey().equals("Fn::Transform")) {
                if (e.getValue() instanceof Map<?, ?> transform) {
                    includeTransform((Map<String, Object>) transform, templateDir);
                }
            } else if (e.getValue() instanceof Map<?, ?> child) {
                exportGlobalArtifacts((Map<String, Object>) child, templateDir);
            } else if (e.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Map<?, ?> child) {
                        exportGlobalArtifacts((Map<String, Object>) child, templateDir);
                    }
                }
            }
        }
    }

    /** {@code include_transform_export_handler}. */
    private void includeTransform(Map<String, Object> transform, Path templateDir) {
        if (!"AWS::Include".equals(transform.get("Name"))
                || !(transform.get("Parameters") instanceof Map<?, ?> params)
                || !(params.get("Location") instanceof String location) || location.isEmpty() || isS3Url(location)) {
            return;
        }
        Path abs = templateDir.resolve(location);
        if (!isLocalFile(abs)) {
            throw new CustomCommandException("InvalidLocalPath", invalidLocalPath("AWS::Include", "Location", abs),
                    "Point Location at a file that exists, relative to the template's folder.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> writable = (Map<String, Object>) params;
        writable.put("Location", uploader.uploadWithDedup(calls.localFile(abs.toString()), null));
    }

    private void exportResources(Object resources, Path templateDir) {
        if (!(resources instanceof Map<?, ?> byId)) {
            return;
        }
        for (Map.Entry<?, ?> e : byId.entrySet()) {
            String id = String.valueOf(e.getKey());
            if (id.startsWith("Fn::ForEach::")) {
                if (!(e.getValue() instanceof List<?> loop) || loop.size() != 3) {
                    throw new CustomCommandException("InvalidForEach", "The value of " + id
                            + " has an invalid \"Fn::ForEach::\" format: Must be a list of three entries",
                            "Write Fn::ForEach as [identifier, collection, resources].");
                }
                exportResources(loop.get(2), templateDir);
                continue;
            }
            if (!(e.getValue() instanceof Map<?, ?> resource)) {
                continue;
            }
            for (Exported x : RESOURCES) {
                if (x.type().equals(resource.get("Type"))) {
                    exportProperty(x, id, resource.get("Properties"), templateDir);
                }
            }
        }
    }

    /** {@code Resource.export}: skips what needs no upload, and wraps any failure in the CLI's message. */
    @SuppressWarnings("unchecked")
    private void exportProperty(Exported x, String resourceId, Object resourceDict, Path templateDir) {
        if (!(resourceDict instanceof Map<?, ?> map)) {
            return;
        }
        Map<String, Object> properties = (Map<String, Object>) map;
        Object value = get(properties, x.property());
        if (!x.packageNull() && !truthy(value) || value instanceof Map<?, ?>) {
            return;
        }
        try {
            if (x.nestedStack()) {
                exportNestedStack(x, resourceId, properties, templateDir);
                return;
            }
            String url = uploadArtifact(x, resourceId, properties, templateDir, value);
            if (x.s3Dict() == null) {
                set(properties, x.property(), url);
            } else {
                set(properties, x.property(), s3Dict(url, x.s3Dict()));
            }
        } catch (AwsMcpException e) {
            if ("FileAccessDenied".equals(e.code()) || "Cancelled".equals(e.code())) {
                throw e; // the file guard's refusal or the caller's cancel, not a failed upload
            }
            throw new CustomCommandException("ExportFailed", "Unable to upload artifact " + pythonStr(value)
                    + " referenced by " + x.property() + " parameter of " + resourceId + " resource.\n"
                    + e.getMessage(), e.hint());
        }
    }

    /** {@code upload_local_artifacts}, after {@code FORCE_ZIP}'s copy of a single file into a folder of its own. */
    private String uploadArtifact(Exported x, String resourceId, Map<String, Object> properties, Path templateDir,
                                  Object value) {
        if (value instanceof String s && isS3Url(s)) {
            return s;
        }
        if (value != null && !(value instanceof String)) {
            throw new CustomCommandException("InvalidLocalPath", invalidLocalPath(resourceId, x.property(), value),
                    "Point " + x.property() + " at a file or folder, relative to the template's folder.");
        }
        // the CLI tests FORCE_ZIP's "a file, not a zip" against the current directory, then resolves the path
        // against the template's folder: both are kept
        if (x.forceZip() && value != null && isPlainFileInWorkdir((String) value)) {
            return uploadZip(FolderZip.zipFile(calls.localFile((String) value)));
        }
        Path local = value == null ? templateDir : templateDir.resolve((String) value).normalize();
        if (isLocalFolder(local)) {
            return uploadZip(FolderZip.zipFolder(calls.localFile(local.toString()), calls::localFile));
        }
        if (isLocalFile(local)) {
            return uploader.uploadWithDedup(calls.localFile(local.toString()), null);
        }
        throw new CustomCommandException("InvalidLocalPath", invalidLocalPath(resourceId, x.property(), local),
                "Point " + x.property() + " at a file or folder that exists, relative to the template's folder.");
    }

    /** Uploads a zip made for the upload, then deletes it (the CLI's {@code zip_folder} context). */
    private String uploadZip(Path zip) {
        try {
            return uploader.uploadWithDedup(zip, null);
        } finally {
            FolderZip.delete(zip);
        }
    }

    /** {@code CloudFormationStackResource.do_export}: the nested template exported and uploaded as YAML. */
    private void exportNestedStack(Exported x, String resourceId, Map<String, Object> properties, Path templateDir) {
        Object value = properties.get(x.property());
        if (!(value instanceof String path) || isS3Url(path) || path.startsWith("http://")
                || path.startsWith("https://")) {
            return;
        }
        Path abs = templateDir.resolve(path).normalize();
        if (!isLocalFile(abs)) {
            throw new CustomCommandException("InvalidTemplateUrl", x.property() + " parameter of " + resourceId
                    + " resource is invalid. It must be a S3 URL or path to CloudFormation template file. Actual: " + abs,
                    "Point " + x.property() + " at a template file, relative to the template's folder.");
        }
        Object nested = export(path, templateDir);
        String key = uploader.uploadWithDedup(CfnTemplateText.toYaml(nested).getBytes(StandardCharsets.UTF_8),
                "template");
        properties.put(x.property(), uploader.pathStyleUrl(key));
    }

    private static Map<String, Object> s3Dict(String url, List<String> names) {
        S3Url parsed = S3Url.parse(url);
        Map<String, Object> dict = new TreeMap<>(); // a Python dict: PyYAML writes it sorted
        dict.put(names.get(0), parsed.bucket());
        dict.put(names.get(1), parsed.key());
        if (names.get(2) != null && parsed.version() != null) {
            dict.put(names.get(2), parsed.version());
        }
        return dict;
    }

    /** {@code parse_s3_url}: {@code s3://bucket/key[?versionId=v]}. */
    record S3Url(String bucket, String key, String version) {
        static S3Url parse(String url) {
            if (url == null || !url.startsWith("s3://")) {
                return null;
            }
            String rest = url.substring(5);
            int hash = rest.indexOf('#');
            if (hash >= 0) {
                rest = rest.substring(0, hash);
            }
            String query = null;
            int q = rest.indexOf('?');
            if (q >= 0) {
                query = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
            int slash = rest.indexOf('/'); // urlparse: the bucket (netloc) ends at the first '/', the path is the rest
            if (slash <= 0) {
                return null;
            }
            String version = null;
            if (query != null) {
                List<String> versions = new java.util.ArrayList<>();
                for (String pair : query.split("&")) {
                    if (pair.startsWith("versionId=") && pair.length() > "versionId=".length()) {
                        versions.add(java.net.URLDecoder.decode(pair.substring(10), StandardCharsets.UTF_8));
                    }
                }
                version = versions.size() == 1 ? versions.get(0) : null;
            }
            return new S3Url(rest.substring(0, slash), rest.substring(slash).replaceFirst("^/+", ""), version);
        }
    }

    static boolean isS3Url(String url) {
        return S3Url.parse(url) != null;
    }

    /**
     * The FORCE_ZIP probe: a file, not a zip, relative to the current directory. Only a probe, so a path the file
     * guard refuses counts as no such file (if the export then reads it, that read is refused).
     */
    private boolean isPlainFileInWorkdir(String value) {
        try {
            Path p = calls.localFile(value);
            return Files.isRegularFile(p) && !FolderZip.isZip(p);
        } catch (CommandException e) {
            return false;
        }
    }

    private boolean isLocalFile(Path p) {
        return exists(p) && Files.isRegularFile(p);
    }

    private boolean isLocalFolder(Path p) {
        return exists(p) && Files.isDirectory(p);
    }

    /** Whether a path exists as the file guard sees it; a refusal is an error, not "missing". */
    private boolean exists(Path p) {
        return LocalFiles.existing(calls, p.toString()) != null;
    }

    private static String invalidLocalPath(String resourceId, String property, Object path) {
        return "Parameter " + property + " of resource " + resourceId + " refers to a file or folder that does not "
                + "exist " + pythonStr(path);
    }

    /** Python's {@code str()} of a template value, as the CLI's messages print it. */
    private static String pythonStr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return value.toString();
    }

    private static boolean truthy(Object value) {
        return value != null && !(value instanceof String s && s.isEmpty()) && !(value instanceof Map<?, ?> m
                && m.isEmpty()) && !(value instanceof List<?> l && l.isEmpty()) && !Boolean.FALSE.equals(value)
                && !(value instanceof Number n && n.doubleValue() == 0);
    }

    /** {@code jmespath.search} of a dotted path: null when any step is missing or not a map. */
    private static Object get(Map<String, Object> dict, String path) {
        Object current = dict;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(step);
        }
        return current;
    }

    /** botocore's {@code set_value_from_jmespath}: missing steps become new (plain, so sorted) maps. */
    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> dict, String path, Object value) {
        String[] steps = path.split("\\.");
        Map<String, Object> current = dict;
        for (int i = 0; i < steps.length - 1; i++) {
            Object next = current.get(steps[i]);
            if (!(next instanceof Map<?, ?>)) {
                next = new TreeMap<String, Object>();
                current.put(steps[i], next);
            }
            current = (Map<String, Object>) next;
        }
        current.put(steps[steps.length - 1], value);
    }
}
