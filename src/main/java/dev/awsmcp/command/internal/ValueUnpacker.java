package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.shorthand.BackCompatVisitor;
import dev.awsmcp.command.shorthand.ShorthandException;
import dev.awsmcp.command.shorthand.ShorthandParser;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Turns the word(s) given for one model argument into a JSON value, as the AWS CLI does ({@code argprocess.py}
 * {@code unpack_cli_arg}, {@code ParamShorthandParser}, {@code paramfile.py}): file references, shorthand for
 * complex shapes, JSON, scalar conversion. Blobs and timestamps stay text here; {@link ValueNormalizer} converts
 * them after validation.
 */
public final class ValueUnpacker {
    /** {@code argprocess.py ParamShorthand._uses_old_list_case}: lists of one-member structures given as words. */
    private static final Set<String> OLD_LIST_CASE = Set.of(
            "firehose.put-record-batch.records",
            "workspaces.reboot-workspaces.reboot-workspace-requests",
            "workspaces.rebuild-workspaces.rebuild-workspace-requests",
            "workspaces.terminate-workspaces.terminate-workspace-requests",
            "elb.remove-tags.tags", "elb.describe-instance-health.instances",
            "elb.deregister-instances-from-load-balancer.instances",
            "elb.register-instances-with-load-balancer.instances");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ParamFiles files;

    /** @param files file:// access */
    public ValueUnpacker(ParamFiles files) {
        this.files = files;
    }

    /**
     * Unpacks a model argument.
     *
     * @param service   CLI service name (for the CLI's per-operation special cases)
     * @param operation CLI operation name
     * @param arg       the argument
     * @param raw       a {@code String} or {@code List<String>}
     * @return the value
     * @throws CommandException when the value does not fit the argument
     */
    public JsonNode unpack(String service, String operation, CliArgument arg, Object raw) {
        Member member = arg.member();
        Shape shape = member.shape();
        String cliName = arg.cliName();
        Object value = raw;
        // load-cli-arg: paramfiles
        if (!ParamFiles.disabled(service, operation, arg.name())) {
            Object single = value instanceof List && ((List<?>) value).size() == 1 ? ((List<?>) value).get(0) : value;
            if (single instanceof String) {
                JsonNode loaded = files.load((String) single, cliName);
                if (loaded != null) {
                    if (loaded.isBinary()) {
                        if (shape.type() == ShapeType.BLOB) {
                            return loaded;
                        }
                        value = new String(((BinaryNode) loaded).binaryValue(), StandardCharsets.UTF_8);
                    } else {
                        value = loaded.asText();
                    }
                }
            }
        }
        if (shape.type() == ShapeType.BLOB && member.isStreaming() && value == raw && value instanceof String) {
            // unpack_scalar_cli_arg: a streaming blob's value is a path to a local file
            return files.readPath((String) value, cliName);
        }
        try {
            // process-cli-arg: shorthand
            if (shouldParseAsShorthand(shape, value)) {
                return parseShorthand(service, operation, arg, shape, value);
            }
            return unpackCliArg(member, shape, value, cliName);
        } catch (ShorthandException e) {
            String loc = e.location();
            throw new CommandException("InvalidShorthand",
                    "Error parsing parameter '" + cliName + "': " + e.getMessage()
                            + (loc.isEmpty() ? "" : " at position " + e.index() + " of: " + loc.replace("\n", " | ")),
                    "Shorthand is Key=Value,Key2=Value2 (lists: Key=a,b; nested: Key={A=1,B=[x,y]}); quote values that "
                            + "contain commas, spaces or '='. Or pass JSON. Form for this argument: "
                            + ShorthandDocs.example(shape));
        } catch (NumberFormatException e) {
            throw new CommandException("InvalidParameterValue",
                    "Error parsing parameter '" + cliName + "': " + e.getMessage() + ".",
                    "Pass a number for " + cliName + " (type " + shape.type().botocoreName() + ").");
        }
    }

    private boolean shouldParseAsShorthand(Shape shape, Object value) {
        Object check = value instanceof List && !((List<?>) value).isEmpty() ? ((List<?>) value).get(0) : value;
        if (check instanceof String) {
            String t = ((String) check).strip();
            if (t.startsWith("[") || t.startsWith("{")) {
                return false;
            }
        }
        return supportsShorthand(shape);
    }

    /** {@code _supports_shorthand_syntax}: complex shapes that are not document containers. */
    public static boolean supportsShorthand(Shape shape) {
        if (isDocumentContainer(shape)) {
            return false;
        }
        ShapeType t = shape.type();
        if (t == ShapeType.LIST) {
            return shape.listMember().shape().type().isAggregate();
        }
        return t == ShapeType.STRUCTURE || t == ShapeType.UNION || t == ShapeType.MAP;
    }

    /** A document, or lists/maps whose leaves are documents. */
    public static boolean isDocumentContainer(Shape shape) {
        Shape s = shape;
        for (int depth = 0; depth < 32; depth++) {
            if (s.type() == ShapeType.DOCUMENT) {
                return true;
            }
            if (s.type() == ShapeType.LIST) {
                s = s.listMember().shape();
            } else if (s.type() == ShapeType.MAP) {
                s = s.mapValue().shape();
            } else {
                return false;
            }
        }
        return false;
    }

    private JsonNode parseShorthand(String service, String operation, CliArgument arg, Shape shape, Object value) {
        if (shape.type() == ShapeType.LIST && value instanceof List) {
            Shape element = shape.listMember().shape();
            if (element.type() == ShapeType.STRUCTURE && element.members().size() == 1
                    && OLD_LIST_CASE.contains(service + "." + operation + "." + arg.name())) {
                String key = element.members().keySet().iterator().next();
                ArrayNode out = F.arrayNode();
                for (Object v : (List<?>) value) {
                    out.add(F.objectNode().put(key, (String) v));
                }
                return out;
            }
        }
        if ((shape.type() == ShapeType.STRUCTURE) && shape.members().size() == 1 && shape.member("Value") != null
                && shape.member("Value").shape().type() == ShapeType.STRING && value instanceof String
                && !((String) value).contains("=")) {
            return F.objectNode().put("Value", (String) value);
        }
        ShorthandParser parser = new ShorthandParser(v -> files.load(v, arg.cliName()));
        JsonNode parsed;
        if (value instanceof List) {
            ArrayNode list = F.arrayNode();
            for (Object v : (List<?>) value) {
                list.add(parser.parse((String) v));
            }
            parsed = list;
        } else {
            parsed = parser.parse((String) value);
        }
        return BackCompatVisitor.apply(parsed, shape);
    }

    private JsonNode unpackCliArg(Member member, Shape shape, Object value, String cliName) {
        if (member != null && member.jsonValue() && "header".equals(member.location())
                && shape.type() == ShapeType.STRING || shape.type() == ShapeType.DOCUMENT) {
            return Json.parse(asString(value, cliName), cliName);
        }
        ShapeType t = shape.type();
        if (t == ShapeType.STRUCTURE || t == ShapeType.UNION || t == ShapeType.MAP) {
            String s = asString(value, cliName);
            if (!s.strip().startsWith("{")) {
                throw new CommandException("InvalidJson", "Error parsing parameter '" + cliName + "': Invalid JSON: "
                        + (s.isBlank() ? "the value is empty." : "expected a JSON object starting with '{', got: " + s),
                        "Pass a JSON object, or shorthand syntax: " + ShorthandDocs.example(shape));
            }
            return Json.parse(s, cliName);
        }
        if (t == ShapeType.LIST) {
            if (value instanceof String) {
                String s = (String) value;
                if (s.strip().startsWith("[")) {
                    return Json.parse(s, cliName);
                }
                value = List.of(s);
            }
            List<?> list = (List<?>) value;
            if (list.size() == 1 && ((String) list.get(0)).strip().startsWith("[")) {
                return Json.parse((String) list.get(0), cliName);
            }
            Member element = shape.listMember();
            ArrayNode out = F.arrayNode();
            for (Object v : list) {
                out.add(unpackCliArg(element, element.shape(), v, cliName));
            }
            return out;
        }
        return unpackScalar(shape, asString(value, cliName), cliName);
    }

    /**
     * {@code unpack_scalar_cli_arg}: numbers converted, booleans from text, everything else stays text.
     *
     * @param shape   the scalar shape
     * @param value   the word
     * @param cliName for messages
     * @return the node
     */
    public static JsonNode unpackScalar(Shape shape, String value, String cliName) {
        switch (shape.type()) {
            case INTEGER:
            case LONG:
                return BackCompatVisitor.ScalarText.toInteger(value);
            case FLOAT:
            case DOUBLE:
                return DoubleNode.valueOf(BackCompatVisitor.ScalarText.toDouble(value));
            case BOOLEAN:
                return BooleanNode.valueOf(!value.equalsIgnoreCase("false") && !value.isEmpty());
            default:
                return TextNode.valueOf(value);
        }
    }

    private static String asString(Object value, String cliName) {
        if (value instanceof String) {
            return (String) value;
        }
        List<?> list = (List<?>) value;
        if (list.isEmpty()) {
            return "";
        }
        return (String) list.get(0);
    }

    /** file:// access. */
    ParamFiles files() {
        return files;
    }

    /** An empty object (used by customizations). */
    static ObjectNode object() {
        return F.objectNode();
    }
}
