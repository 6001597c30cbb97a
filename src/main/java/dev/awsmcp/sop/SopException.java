package dev.awsmcp.sop;

import dev.awsmcp.error.AwsMcpException;
import java.util.List;
import java.util.stream.Collectors;

/** An SOP that cannot be loaded (malformed file) or found (unknown name), or a prompt rendered with bad arguments. */
public final class SopException extends AwsMcpException {
    private static final long serialVersionUID = 1L;

    /** Code for a malformed SOP file. */
    public static final String MALFORMED = "MalformedSop";
    /** Code for an SOP name that does not exist. */
    public static final String UNKNOWN = "UnknownSop";
    /** Code for a prompt rendered without a required argument or with an unknown one. */
    public static final String BAD_ARGUMENTS = "InvalidSopArguments";

    private final transient List<SopProblem> problems;
    private final int exitCode;

    private SopException(String code, String message, String hint, List<SopProblem> problems, int exitCode) {
        super(code, message, hint, null);
        this.problems = List.copyOf(problems);
        this.exitCode = exitCode;
    }

    static SopException malformed(List<SopProblem> problems) {
        SopProblem first = problems.get(0);
        String message = problems.size() == 1
                ? "Malformed SOP " + first + "."
                : "Malformed SOP files (" + problems.size() + " problems): "
                        + problems.stream().map(SopProblem::toString).collect(Collectors.joining("; ")) + ".";
        return new SopException(MALFORMED, message,
                "Fix the file(s) to follow the Agent SOP format: # Title, ## Overview, ## Parameters, ## Steps with "
                        + "### N. Name and **Constraints:**, optional ## Examples and ## Troubleshooting.",
                problems, 253);
    }

    static SopException unknown(String name, String hint) {
        return new SopException(UNKNOWN, "There is no SOP named '" + name + "'.", hint, List.of(), 252);
    }

    static SopException badArguments(String message, String hint) {
        return new SopException(BAD_ARGUMENTS, message, hint, List.of(), 252);
    }

    /** The problems behind a {@link #MALFORMED} error, each with file and line; empty otherwise. */
    public List<SopProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    @Override
    public int exitCode() {
        return exitCode;
    }
}
