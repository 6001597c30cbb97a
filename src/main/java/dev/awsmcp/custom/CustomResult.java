package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What a customization printed, and how it ended.
 *
 * @param stdout   the text the AWS CLI prints, when it prints plain text (null when {@code document} is set)
 * @param document the document the AWS CLI prints through its output formatter ({@code --output},
 *                 {@code --query} apply), or null
 * @param title    the operation name the CLI's formatter is given for {@code document} (the title of
 *                 {@code --output table}, e.g. {@code describe_cluster}), or null for the subcommand
 * @param after    what the command prints after {@code document} ({@code eks get-token}'s extra newline), or empty
 * @param value    whether {@code stdout}, stripped, is also the command's JSON value (a token, a presigned URL);
 *                 false for a transfer log such as {@code aws s3 cp}'s
 * @param exitCode the AWS CLI's exit code: 0, or what {@code failure} ended with (1 and 2 for {@code aws s3})
 * @param failure  why the command failed, or null when it succeeded; with exit code 0, a warning the CLI prints on
 *                 standard error while it succeeds (a gap in a CloudTrail digest chain)
 */
public record CustomResult(String stdout, JsonNode document, String title, String after, boolean value,
                           int exitCode, Failure failure) {
    public CustomResult {
        after = after == null ? "" : after;
        if (exitCode != 0 && failure == null) {
            throw new IllegalArgumentException("a non-zero exit code needs a failure that says why");
        }
    }

    /**
     * Why a customization failed.
     *
     * @param code    a stable code ({@code NoMatchingObjects}) or the AWS error code
     * @param message what went wrong, with what the command printed on standard error
     * @param hint    how to fix it, or null
     */
    public record Failure(String code, String message, String hint) {
        public Failure {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Plain text whose stripped form is the command's value (a token, a password, a URL). */
    public static CustomResult text(String stdout) {
        return new CustomResult(stdout, null, null, "", true, 0, null);
    }

    /** Plain text that is a log of what was done, with no JSON value ({@code aws s3 cp}). */
    public static CustomResult printed(String stdout) {
        return new CustomResult(stdout, null, null, "", false, 0, null);
    }

    /** A document for the output formatter. */
    public static CustomResult document(JsonNode document) {
        return new CustomResult(null, document, null, "", false, 0, null);
    }

    /**
     * A document for the output formatter, under the operation name the CLI passes it.
     *
     * @param document the document
     * @param title    e.g. {@code describe_cluster} ({@code emrutils.display_response}) or {@code AddJobFlowSteps}
     * @return the result
     */
    public static CustomResult document(JsonNode document, String title) {
        return document(document, Objects.requireNonNull(title, "title"), "");
    }

    /**
     * A document for the output formatter followed by more text.
     *
     * @param document the document
     * @param title    the operation name the CLI passes the formatter, or null for the subcommand
     * @param after    what the command prints after it, e.g. {@code "\n"}
     * @return the result
     */
    public static CustomResult document(JsonNode document, String title, String after) {
        return new CustomResult(null, Objects.requireNonNull(document, "document"), title, after, false, 0, null);
    }

    /**
     * Success, with a warning the CLI prints on standard error.
     *
     * @param stdout  what was printed
     * @param warning what the CLI warned about
     * @return the result
     */
    public static CustomResult printedWithWarning(String stdout, Failure warning) {
        return new CustomResult(stdout, null, null, "", false, 0, Objects.requireNonNull(warning, "warning"));
    }

    /**
     * A failure after printing some output.
     *
     * @param exitCode the exit code, not 0
     * @param stdout   what was printed before it failed
     * @param failure  why
     * @return the result
     */
    public static CustomResult failed(int exitCode, String stdout, Failure failure) {
        return new CustomResult(stdout, null, null, "", false, exitCode, Objects.requireNonNull(failure, "failure"));
    }
}
