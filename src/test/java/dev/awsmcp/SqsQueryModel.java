package dev.awsmcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.ModelDataSource;
import dev.awsmcp.model.ServiceCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bundled catalog with SQS switched back to the query protocol it spoke until botocore moved it to JSON 1.0
 * (late 2023), so the query codec can be exercised against ElasticMQ, which still serves both. The patch restores
 * what that model stated and the JSON one dropped: result wrappers, the XML namespace and the singular element names
 * of flattened lists and maps ({@code Attribute.1.Name}, {@code <Message>}, {@code <QueueUrl>}).
 */
final class SqsQueryModel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQS_MODEL = "services/sqs/service-2.json.gz";

    /** Flattened list shape → the element name of its members. */
    private static final Map<String, String> LIST_MEMBER_NAMES = Map.of(
            "QueueUrlList", "QueueUrl",
            "MessageList", "Message",
            "AttributeNameList", "AttributeName",
            "MessageAttributeNameList", "MessageAttributeName",
            "MessageSystemAttributeList", "AttributeName",
            "StringList", "StringListValue",
            "BinaryList", "BinaryListValue",
            "TagKeyList", "TagKey");

    /** Map shape → its key and value element names. */
    private static final Map<String, String[]> MAP_ENTRY_NAMES = Map.of(
            "QueueAttributeMap", new String[] {"Name", "Value"},
            "MessageBodyAttributeMap", new String[] {"Name", "Value"},
            "MessageSystemAttributeMap", new String[] {"Name", "Value"},
            "MessageBodySystemAttributeMap", new String[] {"Name", "Value"},
            "TagMap", new String[] {"Key", "Value"});

    /** Structure member → its element name (a map member names each flattened entry). */
    private static final Map<String, String> MEMBER_NAMES = Map.ofEntries(
            Map.entry("CreateQueueRequest.Attributes", "Attribute"),
            Map.entry("CreateQueueRequest.tags", "Tag"),
            Map.entry("SetQueueAttributesRequest.Attributes", "Attribute"),
            Map.entry("GetQueueAttributesResult.Attributes", "Attribute"),
            Map.entry("SendMessageRequest.MessageAttributes", "MessageAttribute"),
            Map.entry("SendMessageRequest.MessageSystemAttributes", "MessageSystemAttribute"),
            Map.entry("Message.Attributes", "Attribute"),
            Map.entry("Message.MessageAttributes", "MessageAttribute"),
            Map.entry("ListQueueTagsResult.Tags", "Tag"),
            Map.entry("TagQueueRequest.Tags", "Tag"));

    private SqsQueryModel() {}

    /** A catalog that serves the patched SQS model and the bundled data for everything else. */
    static ServiceCatalog catalog() {
        byte[] patched = gzip(patch(read(SQS_MODEL)));
        ModelDataSource bundled = ModelDataSource.classpath();
        return ServiceCatalog.of(path -> path.equals(SQS_MODEL) ? new ByteArrayInputStream(patched)
                : bundled.open(path), 8);
    }

    static JsonNode patch(JsonNode original) {
        ObjectNode model = original.deepCopy();
        ObjectNode metadata = (ObjectNode) model.get("metadata");
        metadata.put("protocol", "query");
        metadata.putArray("protocols").add("query");
        metadata.put("xmlNamespace", "http://queue.amazonaws.com/doc/2012-11-05/");
        metadata.remove("jsonVersion");
        metadata.remove("targetPrefix");
        metadata.remove("awsQueryCompatible");
        model.get("operations").fields().forEachRemaining(e -> {
            JsonNode output = e.getValue().get("output");
            if (output != null) {
                ((ObjectNode) output).put("resultWrapper", e.getKey() + "Result");
            }
        });
        ObjectNode shapes = (ObjectNode) model.get("shapes");
        LIST_MEMBER_NAMES.forEach((list, name) -> {
            ObjectNode shape = (ObjectNode) shapes.get(list);
            ((ObjectNode) shape.get("member")).put("locationName", name);
            shape.put("flattened", true);
        });
        MAP_ENTRY_NAMES.forEach((map, names) -> {
            ObjectNode shape = (ObjectNode) shapes.get(map);
            ((ObjectNode) shape.get("key")).put("locationName", names[0]);
            ((ObjectNode) shape.get("value")).put("locationName", names[1]);
            shape.put("flattened", true);
        });
        MEMBER_NAMES.forEach((member, name) -> {
            String[] parts = member.split("\\.");
            ((ObjectNode) shapes.get(parts[0]).get("members").get(parts[1])).put("locationName", name);
        });
        return model;
    }

    private static JsonNode read(String path) {
        try (InputStream in = new GZIPInputStream(ModelDataSource.classpath().open(path))) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(JsonNode json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            JSON.writeValue(out, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
