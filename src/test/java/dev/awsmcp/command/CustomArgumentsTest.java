package dev.awsmcp.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.model.SchemaShapes;
import dev.awsmcp.model.Shape;
import dev.awsmcp.model.ShapeType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A customization's argument table parsed as the AWS CLI's BasicCommand parses it. */
class CustomArgumentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final JsonNode GROUPS = json("{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{"
            + "\"Name\":{\"type\":\"string\"},\"Count\":{\"type\":\"integer\",\"required\":true},"
            + "\"Spot\":{\"type\":\"boolean\"},\"Args\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}}");

    private static final CustomArguments ARGS = new CustomArguments("demo make", List.of(
            Argument.text("cluster-id").asRequired(), Argument.schema("groups", GROUPS), Argument.flag("force"),
            Argument.integer("level"), Argument.text("name").withDefault("Development Cluster"),
            Argument.schema("tags", json("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}"))));

    private static final FileReader FILES = path -> {
        if (path.equals("groups.json")) {
            return "[{\"Count\": 3, \"Name\": \"from-file\"}]".getBytes(StandardCharsets.UTF_8);
        }
        throw new java.io.FileNotFoundException(path);
    };

    private static ObjectNode parse(String... words) {
        return ARGS.parse(List.of(words), FILES);
    }

    @Test
    void schemaShapesFollowTheCliTransformer() {
        Shape args = SchemaShapes.arguments(Map.of("groups", GROUPS));
        Shape item = args.member("groups").shape().listMember().shape();
        assertThat(item.type()).isEqualTo(ShapeType.STRUCTURE);
        assertThat(item.member("Count").shape().type()).isEqualTo(ShapeType.INTEGER);
        assertThat(item.requiredMembers()).extracting(m -> m.name()).containsExactly("Count");
        assertThatThrownBy(() -> SchemaShapes.arguments(Map.of("x", json("{\"items\":{}}"))))
                .hasMessageContaining("Missing required key: 'type'");
    }

    @Test
    void shorthandListsFlagsDefaultsAndNumbersAreTyped() {
        ObjectNode v = parse("--cluster-id", "j-1", "--groups", "Name=a,Count=1,Spot=true,Args=[x,y]", "Count=2",
                "--force", "--level", "4", "--tags", "a=b", "c");
        assertThat(v.toString()).isEqualTo("{\"cluster-id\":\"j-1\",\"groups\":[{\"Name\":\"a\",\"Count\":1,"
                + "\"Spot\":true,\"Args\":[\"x\",\"y\"]},{\"Count\":2}],\"force\":true,\"level\":4,"
                + "\"name\":\"Development Cluster\",\"tags\":[\"a=b\",\"c\"]}");
    }

    @Test
    void jsonFilesPrefixesAndEqualsFormWorkAsInArgparse() {
        ObjectNode v = parse("--cluster=j-2", "--groups", "file://groups.json", "--name", "mine");
        assertThat(v.path("cluster-id").asText()).isEqualTo("j-2");
        assertThat(v.path("groups").toString()).isEqualTo("[{\"Count\":3,\"Name\":\"from-file\"}]");
        assertThat(v.path("name").asText()).isEqualTo("mine");
        assertThat(v.has("force")).isFalse();
    }

    @Test
    void mistakesGetTheCliOrderAndAHint() {
        assertThatThrownBy(() -> parse("--groups", "Count=1", "--bogus"))
                .isInstanceOf(CommandException.class)
                .hasMessage("the following arguments are required: --cluster-id");
        assertThatThrownBy(() -> parse("--cluster-id", "j", "--grups", "Count=1"))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.code()).isEqualTo("UnknownOptions");
                    assertThat(e.getMessage()).isEqualTo("Unknown options: --grups,Count=1");
                    assertThat(e.hint()).startsWith("Did you mean --groups");
                });
        assertThatThrownBy(() -> parse("--cluster-id", "j", "--groups", "Name=a"))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.code()).isEqualTo("MissingParameter");
                    assertThat(e.getMessage()).contains("Count");
                });
        assertThatThrownBy(() -> parse("--cluster-id", "j", "--groups", "Count=many"))
                .isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> parse("--cluster-id", "j", "--groups", "file://missing.json"))
                .isInstanceOf(CommandException.class).hasMessageContaining("missing.json");
        assertThatThrownBy(() -> parse("--cluster-id", "j", "--level", "high"))
                .isInstanceOf(CommandException.class);
    }
}
