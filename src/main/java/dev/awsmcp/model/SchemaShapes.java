package dev.awsmcp.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Shapes for the arguments of AWS CLI customizations, built from the JSON-schema subset their argument tables use
 * ({@code awscli/schema.py} {@code SchemaTransformer}): types {@code object}, {@code array}, {@code map},
 * {@code string}, {@code integer}, {@code boolean}, {@code double}, {@code long}, with {@code properties},
 * {@code items}, {@code key}/{@code value}, {@code required} (on a property) and {@code enum}. The CLI turns such a
 * schema into a botocore shape so that shorthand, JSON and validation treat a customization's argument like a model
 * parameter; so do we.
 *
 * <pre>{@code
 * Shape args = SchemaShapes.arguments(Map.of("tags", tagsSchema, "name", JSON.readTree("{\"type\":\"string\"}")));
 * args.member("tags").shape().type();   // LIST
 * }</pre>
 */
public final class SchemaShapes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SchemaShapes() {}

    /**
     * One structure whose members are a command's arguments, each with the shape its schema describes.
     *
     * @param schemas argument name (as the member name) to its JSON schema, in argument order
     * @return the structure
     * @throws IllegalArgumentException when a schema lacks {@code type} (the CLI's {@code ParameterRequiredError})
     */
    public static Shape arguments(Map<String, JsonNode> schemas) {
        ObjectNode definitions = F.objectNode();
        ObjectNode members = F.objectNode();
        Map<String, Integer> names = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : schemas.entrySet()) {
            String shapeName = newName(names, awsType(e.getValue()));
            members.putObject(e.getKey()).put("shape", shapeName);
            transform(e.getValue(), definitions, shapeName, names);
        }
        ObjectNode root = F.objectNode().put("type", "structure");
        root.set("members", members);
        definitions.set("ArgumentsShape", root);
        return ModelParser.shapes(definitions).get("ArgumentsShape");
    }

    private static void transform(JsonNode schema, ObjectNode definitions, String shapeName, Map<String, Integer> names) {
        ObjectNode shape = F.objectNode().put("type", awsType(schema));
        if (schema.has("description")) {
            shape.put("documentation", schema.get("description").asText());
        }
        if (schema.has("enum")) {
            shape.set("enum", schema.get("enum").deepCopy());
        }
        switch (schema.path("type").asText()) {
            case "object": {
                ObjectNode members = shape.putObject("members");
                ArrayNode required = F.arrayNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    String memberShape = newName(names, awsType(p.getValue()));
                    members.putObject(p.getKey()).put("shape", memberShape);
                    if (p.getValue().path("required").asBoolean(false)) {
                        required.add(p.getKey());
                    }
                    transform(p.getValue(), definitions, memberShape, names);
                }
                if (!required.isEmpty()) {
                    shape.set("required", required);
                }
                break;
            }
            case "array": {
                String memberShape = newName(names, awsType(schema.path("items")));
                shape.putObject("member").put("shape", memberShape);
                transform(schema.get("items"), definitions, memberShape, names);
                break;
            }
            case "map":
                for (String part : new String[] {"key", "value"}) {
                    String partShape = newName(names, awsType(schema.path(part)));
                    shape.putObject(part).put("shape", partShape);
                    transform(schema.get(part), definitions, partShape, names);
                }
                break;
            default:
                break;
        }
        definitions.set(shapeName, shape);
    }

    private static String awsType(JsonNode schema) {
        if (schema == null || !schema.has("type")) {
            throw new IllegalArgumentException("Missing required key: 'type' in argument schema " + schema);
        }
        String type = schema.get("type").asText();
        return type.equals("object") ? "structure" : type.equals("array") ? "list" : type;
    }

    /** {@code ShapeNameGenerator}: {@code StructureType1}, {@code ListType2}, ... */
    private static String newName(Map<String, Integer> names, String type) {
        int n = names.merge(type, 1, Integer::sum);
        return Character.toUpperCase(type.charAt(0)) + type.substring(1) + "Type" + n;
    }
}
