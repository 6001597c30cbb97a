package dev.awsmcp.command.internal;

/**
 * Service-specific argument customizations of the AWS CLI ({@code awscli/customizations/*}): arguments added,
 * replaced or removed for single operations.
 */
final class ServiceArguments {
    private ServiceArguments() {}

    static void apply(ArgumentTable t) {
        // filled per customization below
    }

    /** Hooks that run after all arguments are bound (the CLI's {@code calling-command} handlers). */
    static void afterBind(BindContext ctx) {
        // filled per customization below
    }
}
