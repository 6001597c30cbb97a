package dev.awsmcp.sop;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed, valid Agent SOP.
 *
 * @param name            kebab-case name from the file name, e.g. {@code secure-s3-buckets}
 * @param title           the {@code # Title}
 * @param description     the first paragraph of the overview, shortened to one or two sentences
 * @param overview        the whole {@code ## Overview} text
 * @param parameters      the {@code ## Parameters}, in order
 * @param steps           the {@code ## Steps}, numbered from 1
 * @param examples        the {@code ## Examples} text, or null
 * @param troubleshooting the {@code ## Troubleshooting} text, or null
 * @param markdown        the whole file
 * @param source          where it came from: {@code sops/<name>.md} for bundled SOPs, else the file path
 */
public record Sop(String name, String title, String description, String overview, List<SopParameter> parameters,
                  List<SopStep> steps, String examples, String troubleshooting, String markdown, String source) {
    /** Copies the lists and checks the fields. */
    public Sop {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(overview, "overview");
        parameters = List.copyOf(parameters);
        steps = List.copyOf(steps);
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(source, "source");
    }

    /** A parameter by name. */
    public Optional<SopParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
