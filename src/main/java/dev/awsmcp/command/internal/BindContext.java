package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One binding in progress: the parameters being built and what arguments set besides parameters (paging,
 * {@code --cli-input-json}, local arguments such as {@code outfile}).
 */
public final class BindContext {
    private final ArgumentTable table;
    private final ValueUnpacker unpacker;
    private final ObjectNode params = JsonNodeFactory.instance.objectNode();
    private final Map<String, String> localArgs = new LinkedHashMap<>();
    private final Map<String, Object> parsed;
    String startingToken;
    Object pageSize;
    Object maxItems;
    String cliInputJson;
    String cliInputYaml;
    String skeleton;

    BindContext(ArgumentTable table, ValueUnpacker unpacker, Map<String, Object> parsed) {
        this.table = table;
        this.unpacker = unpacker;
        this.parsed = parsed;
    }

    /** The operation's argument table. */
    public ArgumentTable table() { return table; }

    /** The parameters built so far, keyed by member name. */
    public ObjectNode params() { return params; }

    /** Local (never sent) arguments. */
    public Map<String, String> localArgs() { return localArgs; }

    /** All parsed values by dest (customizations look at their siblings). */
    public Map<String, Object> parsed() { return parsed; }

    /** Unpacks a model argument's value. */
    public com.fasterxml.jackson.databind.JsonNode unpack(CliArgument arg, Object raw) {
        return unpacker.unpack(table.service(), table.operationCliName(), arg, raw);
    }

    /** file:// access for custom arguments. */
    public ParamFiles files() { return unpacker.files(); }

    /** The unpacker. */
    public ValueUnpacker unpacker() { return unpacker; }
}
