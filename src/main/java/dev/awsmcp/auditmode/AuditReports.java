package dev.awsmcp.auditmode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.UserAgent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes an audit's reports into a directory: {@code report.json}, {@code .html}, {@code .sarif}, {@code .csv}. */
public final class AuditReports {
    private AuditReports() {}

    /**
     * @param result  the audit
     * @param scope   what was asked for
     * @param dir     the directory (created by the caller)
     * @param formats any of {@code json}, {@code html}, {@code sarif}, {@code csv}
     * @return the files written
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<Path> write(AuditResult result, ObjectNode scope, Path dir, List<String> formats) {
        ObjectNode json = JsonReport.document(result, scope, UserAgent.VERSION);
        List<Path> out = new ArrayList<>();
        try {
            for (String f : formats) {
                Path file = dir.resolve("report." + f);
                String text = switch (f) {
                    case "json" -> JsonReport.JSON.writeValueAsString(json) + "\n";
                    case "html" -> HtmlReport.render(json);
                    case "sarif" -> JsonReport.JSON.writeValueAsString(SarifReport.document(result, UserAgent.VERSION))
                            + "\n";
                    case "csv" -> CsvReport.render(result);
                    default -> throw new IllegalArgumentException("unknown report format " + f);
                };
                Files.writeString(file, text, StandardCharsets.UTF_8);
                out.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report in " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }
}
