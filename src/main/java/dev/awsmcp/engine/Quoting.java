package dev.awsmcp.engine;

/** Shell-style quoting for command strings the facade builds itself. */
final class Quoting {
    private Quoting() {}

    /** Wraps a value in single quotes, escaping embedded single quotes as {@code '\''}. */
    static String single(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
