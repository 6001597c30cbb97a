package dev.awsmcp.command.internal;

/** Turns one parsed argument value into request parameters (the AWS CLI's {@code add_to_params}). */
@FunctionalInterface
public interface Binder {
    /**
     * @param ctx   the binding in progress (parameters, value unpacking, options)
     * @param arg   the argument
     * @param value the parsed value: {@code String} (one word), {@code List<String>} (many), {@code Boolean} (flags),
     *              or {@link ArgvParser#NO_VALUE} for an optional argument given without a value
     */
    void bind(BindContext ctx, CliArgument arg, Object value);
}
