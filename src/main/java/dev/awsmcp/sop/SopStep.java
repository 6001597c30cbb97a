package dev.awsmcp.sop;

import java.util.List;
import java.util.Objects;

/**
 * One numbered step of an SOP: {@code ### N. Name}, its text (commands included) and its constraints.
 *
 * @param number      1-based, consecutive
 * @param name        the step name
 * @param body        the Markdown between the heading and {@code **Constraints:**}
 * @param constraints the constraint bullets, each with an RFC 2119 keyword
 */
public record SopStep(int number, String name, String body, List<String> constraints) {
    /** Copies the list and checks the fields. */
    public SopStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        constraints = List.copyOf(constraints);
    }
}
