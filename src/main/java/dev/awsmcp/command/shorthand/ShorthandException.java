package dev.awsmcp.command.shorthand;

/**
 * Shorthand syntax that cannot be parsed. The message follows the AWS CLI's wording (what was expected, what was
 * received) and {@link #location()} draws a caret under the failing position.
 */
public final class ShorthandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final int index;

    /**
     * @param message what went wrong
     * @param input   the whole shorthand value
     * @param index   the failing position (0-based), or -1 when unknown
     */
    public ShorthandException(String message, String input, int index) {
        super(message);
        this.input = input;
        this.index = index;
    }

    /** The 0-based position of the error in the input, or -1. */
    public int index() {
        return index;
    }

    /** The value that failed to parse. */
    public String input() {
        return input;
    }

    /** The input with a caret line under the failing position (as the AWS CLI prints it). */
    public String location() {
        if (index < 0 || input == null) {
            return "";
        }
        String consumed = input;
        String remaining = "";
        int spaces = index;
        int lastNl = input.lastIndexOf('\n', Math.max(0, index - 1));
        if (lastNl >= 0 && lastNl < index) {
            spaces = index - lastNl - 1;
        }
        int nextNl = input.indexOf('\n', index);
        if (nextNl >= 0) {
            consumed = input.substring(0, nextNl);
            remaining = input.substring(nextNl);
        }
        return consumed + "\n" + " ".repeat(Math.max(0, spaces)) + "^" + remaining;
    }
}
