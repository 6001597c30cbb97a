package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The AWS CLI's unified paging arguments ({@code customizations/paginate.py}): paginated operations get
 * {@code --starting-token}, {@code --max-items} and (when the paginator has a limit key) {@code --page-size}; the
 * operation's own token/limit arguments stay usable but switch automatic pagination off.
 */
public final class Paging {
    private Paging() {}

    /**
     * The paginator configuration of an operation.
     *
     * @param model     the service
     * @param operation the model operation name
     * @return the {@code paginators-1.json} entry, if any
     */
    public static Optional<JsonNode> config(ServiceModel model, String operation) {
        return model.paginators().map(p -> p.path("pagination").get(operation)).filter(n -> n != null && n.isObject());
    }

    /** The input token member names of a paginator. */
    public static List<String> inputTokens(JsonNode config) {
        List<String> out = new ArrayList<>();
        JsonNode t = config.path("input_token");
        if (t.isArray()) {
            t.forEach(n -> out.add(n.asText()));
        } else if (t.isTextual()) {
            out.add(t.asText());
        }
        return out;
    }

    static void apply(ArgumentTable t) {
        Optional<JsonNode> cfg = config(t.model(), t.operation().name());
        if (cfg.isEmpty()) {
            return;
        }
        JsonNode c = cfg.get();
        t.markPaginated();
        for (String token : inputTokens(c)) {
            t.manualPagingArgs().add(CliNames.toCli(token));
        }
        String limitType = "integer";
        if (c.hasNonNull("limit_key")) {
            String limit = c.get("limit_key").asText();
            t.manualPagingArgs().add(CliNames.toCli(limit));
            Member m = t.operation().inputMembers().get(limit);
            if (m != null) {
                limitType = m.shape().type().botocoreName();
            }
        }
        // paginate.py's normalized_paging_args: these names never switch pagination off
        t.manualPagingArgs().remove("max-items");
        t.manualPagingArgs().remove("start-token");
        for (String name : t.manualPagingArgs()) {
            CliArgument a = t.get(name);
            if (a != null) {
                t.put(new CliArgument(a.name(), a.arity(), a.dest(), a.member(), a.serializedName(), a.required(),
                        a.binder(), a.choices(), a.typeName(), a.documentation(), true));
            }
        }
        add(t, page("starting-token", "string", (ctx, arg, v) -> ctx.startingToken = (String) v));
        if (c.hasNonNull("limit_key")) {
            add(t, page("page-size", limitType, (ctx, arg, v) -> ctx.pageSize = pageNumber(arg, v)));
        }
        add(t, page("max-items", limitType, (ctx, arg, v) -> ctx.maxItems = pageNumber(arg, v)));
    }

    private static Object pageNumber(CliArgument arg, Object v) {
        if ("string".equals(arg.typeName())) {
            return v;
        }
        try {
            return Long.parseLong(((String) v).strip());
        } catch (NumberFormatException e) {
            // argparse parses the CLI's paging arguments (type=int), so the CLI exits 2 here
            throw new dev.awsmcp.command.CommandException("InvalidPagingValue",
                    "Argument " + arg.cliName() + " expects an integer, but got '" + v + "'.",
                    "Pass a whole number, e.g. " + arg.cliName() + " 50.");
        }
    }

    private static CliArgument page(String name, String type, Binder b) {
        return new CliArgument(name, CliArgument.Arity.ONE, name, null, null, false, b, List.of(), type,
                "Paging: " + name + ".", false);
    }

    private static void add(ArgumentTable t, CliArgument a) {
        CliArgument existing = t.get(a.name());
        if (existing != null) {
            t.shadowed().put(a.name(), existing);
        }
        t.put(a);
    }
}
