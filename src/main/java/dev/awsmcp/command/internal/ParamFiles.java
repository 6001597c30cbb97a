package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.FileReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * {@code file://} (text) and {@code fileb://} (bytes) parameter values, read through the {@link FileReader} hook
 * ({@code awscli/paramfile.py}). Remote {@code http(s)://} values are never fetched (AWS CLI v2 behaviour), and the
 * CLI's list of parameters whose values are URLs rather than file references is honoured.
 */
public final class ParamFiles {
    /** {@code paramfile.py} PARAMFILE_DISABLED, as {@code <service>.<operation>.<argument>}. */
    private static final Set<String> DISABLED = Set.of(
            "api-gateway.put-integration.uri", "apigateway.put-integration.uri",
            "apigatewayv2.create-integration.integration-uri", "apigatewayv2.update-integration.integration-uri",
            "apigatewayv2.create-api.target", "apigatewayv2.update-api.target",
            "appstream.create-stack.redirect-url", "appstream.create-stack.feedback-url",
            "appstream.update-stack.redirect-url", "appstream.update-stack.feedback-url",
            "cloudformation.create-stack.template-url", "cloudformation.update-stack.template-url",
            "cloudformation.create-stack-set.template-url", "cloudformation.update-stack-set.template-url",
            "cloudformation.create-change-set.template-url", "cloudformation.validate-template.template-url",
            "cloudformation.estimate-template-cost.template-url", "cloudformation.get-template-summary.template-url",
            "cloudformation.create-stack.stack-policy-url", "cloudformation.update-stack.stack-policy-url",
            "cloudformation.set-stack-policy.stack-policy-url",
            "cloudformation.update-stack.stack-policy-during-update-url",
            "cloudformation.register-type.schema-handler-package",
            "guardduty.create-ip-set.location", "guardduty.update-ip-set.location",
            "guardduty.create-threat-intel-set.location", "guardduty.update-threat-intel-set.location",
            "comprehend.detect-dominant-language.text", "comprehend.batch-detect-dominant-language.text-list",
            "comprehend.detect-entities.text", "comprehend.batch-detect-entities.text-list",
            "comprehend.detect-key-phrases.text", "comprehend.batch-detect-key-phrases.text-list",
            "comprehend.detect-sentiment.text", "comprehend.batch-detect-sentiment.text-list",
            "emr.create-studio.idp-auth-url", "iam.create-open-id-connect-provider.url",
            "machinelearning.predict.predict-endpoint",
            "mediatailor.put-playback-configuration.ad-decision-server-url",
            "mediatailor.put-playback-configuration.slate-ad-url",
            "mediatailor.put-playback-configuration.video-content-source-url",
            "rds.copy-db-cluster-snapshot.pre-signed-url", "rds.create-db-cluster.pre-signed-url",
            "rds.copy-db-snapshot.pre-signed-url", "rds.create-db-instance-read-replica.pre-signed-url",
            "sagemaker.create-notebook-instance.default-code-repository",
            "sagemaker.create-notebook-instance.additional-code-repositories",
            "sagemaker.update-notebook-instance.default-code-repository",
            "sagemaker.update-notebook-instance.additional-code-repositories",
            "serverlessrepo.create-application.home-page-url", "serverlessrepo.create-application.license-url",
            "serverlessrepo.create-application.readme-url", "serverlessrepo.create-application.source-code-url",
            "serverlessrepo.create-application.template-url",
            "serverlessrepo.create-application-version.source-code-url",
            "serverlessrepo.create-application-version.template-url",
            "serverlessrepo.update-application.home-page-url", "serverlessrepo.update-application.readme-url",
            "servicecatalog.create-product.support-url", "servicecatalog.update-product.support-url",
            "ses.create-custom-verification-email-template.failure-redirection-url",
            "ses.create-custom-verification-email-template.success-redirection-url",
            "ses.put-account-details.website-url",
            "ses.update-custom-verification-email-template.failure-redirection-url",
            "ses.update-custom-verification-email-template.success-redirection-url",
            "sqs.add-permission.queue-url", "sqs.change-message-visibility.queue-url",
            "sqs.change-message-visibility-batch.queue-url", "sqs.delete-message.queue-url",
            "sqs.delete-message-batch.queue-url", "sqs.delete-queue.queue-url",
            "sqs.get-queue-attributes.queue-url", "sqs.list-dead-letter-source-queues.queue-url",
            "sqs.receive-message.queue-url", "sqs.remove-permission.queue-url", "sqs.send-message.queue-url",
            "sqs.send-message-batch.queue-url", "sqs.set-queue-attributes.queue-url", "sqs.purge-queue.queue-url",
            "sqs.list-queue-tags.queue-url", "sqs.tag-queue.queue-url", "sqs.untag-queue.queue-url",
            "s3api.copy-object.website-redirect-location", "s3api.create-multipart-upload.website-redirect-location",
            "s3api.put-object.website-redirect-location", "sns.subscribe.notification-endpoint",
            "iot.create-job.document-source", "translate.translate-text.text",
            "workdocs.create-notification-subscription.notification-endpoint");

    private final FileReader reader;

    /** @param reader the file access hook */
    public ParamFiles(FileReader reader) {
        this.reader = reader;
    }

    /** Whether {@code file://} is disabled for this argument (its value is a URL or literal text). */
    public static boolean disabled(String service, String operation, String argument) {
        return DISABLED.contains(service + "." + operation + "." + argument);
    }

    /**
     * Reads a streaming blob argument, whose value is a plain path ({@code s3api put-object --body photo.jpg}).
     *
     * @param path    the path as written
     * @param cliName the argument, for messages
     * @return the bytes
     * @throws CommandException when the file cannot be read
     */
    public JsonNode readPath(String path, String cliName) {
        try {
            return BinaryNode.valueOf(reader.read(path));
        } catch (IOException e) {
            throw new CommandException("ParamFileNotReadable", "Error parsing parameter '" + cliName + "': blob values "
                    + "must be a path to a readable file, and '" + path + "' cannot be read ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").",
                    "Pass the path of an existing local file (no file:// prefix) for " + cliName + ".");
        }
    }

    /**
     * Loads a {@code file://}/{@code fileb://} value.
     *
     * @param value   the value as written
     * @param cliName the argument, for messages
     * @return text (file://) or bytes (fileb://), or null when the value is not a file reference
     * @throws CommandException when the file cannot be read or is not text
     */
    public JsonNode load(String value, String cliName) {
        boolean binary;
        String path;
        if (value.startsWith("fileb://")) {
            binary = true;
            path = value.substring("fileb://".length());
        } else if (value.startsWith("file://")) {
            binary = false;
            path = value.substring("file://".length());
        } else {
            return null;
        }
        byte[] bytes;
        try {
            bytes = reader.read(path);
        } catch (IOException e) {
            throw new CommandException("ParamFileNotReadable",
                    "Error parsing parameter '" + cliName + "': unable to load paramfile " + value + " ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").",
                    "Check that the file exists and is readable, or pass the value inline.");
        }
        if (binary) {
            return BinaryNode.valueOf(bytes);
        }
        try {
            return TextNode.valueOf(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new CommandException("ParamFileNotText",
                    "Error parsing parameter '" + cliName + "': unable to load paramfile (" + path
                            + "), text contents could not be decoded.",
                    "If this is a binary file, use the fileb:// prefix instead of file://.");
        }
    }
}
