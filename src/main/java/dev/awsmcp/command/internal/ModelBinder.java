package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.node.BooleanNode;

/** The AWS CLI's default {@code add_to_params}: the unpacked value under the member name. */
final class ModelBinder implements Binder {
    /** Binds the value (booleans as given). */
    static final ModelBinder INSTANCE = new ModelBinder();
    private ModelBinder() {
    }

    @Override
    public void bind(BindContext ctx, CliArgument arg, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Boolean) {
            boolean b = (Boolean) value;
            ctx.params().set(arg.serializedName(), BooleanNode.valueOf(b));
            return;
        }
        ctx.params().set(arg.serializedName(), ctx.unpack(arg, value));
    }
}
