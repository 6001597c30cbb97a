package dev.awsmcp.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliJsonConversionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Shape OUTPUT_SHAPE = model().shape("DescribeThingOutput").orElseThrow();

    private static ServiceModel model() {
        try {
            JsonNode service = JSON.readTree("{"
                    + "\"metadata\": {\"protocol\": \"json\", \"serviceId\": \"Things\", \"endpointPrefix\": \"things\","
                    + "  \"apiVersion\": \"2024-01-01\", \"jsonVersion\": \"1.1\", \"targetPrefix\": \"Things\"},"
                    + "\"operations\": {\"DescribeThing\": {\"name\": \"DescribeThing\","
                    + "  \"http\": {\"method\": \"POST\", \"requestUri\": \"/\"}, \"output\": {\"shape\": \"DescribeThingOutput\"}}},"
                    + "\"shapes\": {"
                    + " \"DescribeThingOutput\": {\"type\": \"structure\", \"members\": {"
                    + "   \"Name\": {\"shape\": \"String\"}, \"Created\": {\"shape\": \"Time\"},"
                    + "   \"IsoTime\": {\"shape\": \"IsoTime\"}, \"Modified\": {\"shape\": \"Time\", \"location\": \"header\","
                    + "   \"locationName\": \"Last-Modified\"}, \"Data\": {\"shape\": \"Blob\"},"
                    + "   \"Items\": {\"shape\": \"ItemList\"}, \"Tags\": {\"shape\": \"TagMap\"}}},"
                    + " \"ItemList\": {\"type\": \"list\", \"member\": {\"shape\": \"Item\"}},"
                    + " \"Item\": {\"type\": \"structure\", \"members\": {\"Id\": {\"shape\": \"String\"}, \"At\": {\"shape\": \"Time\"}}},"
                    + " \"TagMap\": {\"type\": \"map\", \"key\": {\"shape\": \"String\"}, \"value\": {\"shape\": \"Blob\"}},"
                    + " \"String\": {\"type\": \"string\"}, \"Blob\": {\"type\": \"blob\"}, \"Time\": {\"type\": \"timestamp\"},"
                    + " \"IsoTime\": {\"type\": \"timestamp\", \"timestampFormat\": \"iso8601\"}}}");
            return ServiceModel.fromJson("things", "things", service, Map.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode decoded(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    private static CliOutput utcPlusTwo() {
        return CliOutput.builder().localZone(ZoneOffset.ofHours(2)).build();
    }

    @Test
    void ordersMembersAsTheModelAndDropsResponseMetadata() throws Exception {
        ObjectNode out = decoded("{\"Tags\": {}, \"ResponseMetadata\": {\"RequestId\": \"r\"}, \"Extra\": 1, \"Name\": \"n\"}");

        JsonNode cli = utcPlusTwo().toCliJson(OUTPUT_SHAPE, out, "json");

        assertThat(cli.fieldNames()).toIterable().containsExactly("Name", "Tags", "Extra");
    }

    @Test
    void printsEpochTimestampsOfJsonProtocolsInLocalTimeLikeCliV2() throws Exception {
        ObjectNode out = decoded("{\"Created\": \"2024-01-02T03:04:05Z\", \"Items\": [{\"Id\": \"a\", \"At\": \"2024-01-02T03:04:05.123456789Z\"}]}");

        JsonNode cli = utcPlusTwo().toCliJson(OUTPUT_SHAPE, out, "json");

        assertThat(cli.get("Created").asText()).isEqualTo("2024-01-02T05:04:05+02:00");
        assertThat(cli.at("/Items/0/At").asText()).isEqualTo("2024-01-02T05:04:05.123457+02:00");
    }

    @Test
    void printsTextTimestampsInUtcWithMicroseconds() throws Exception {
        ObjectNode out = decoded("{\"Created\": \"2024-01-02T03:04:05.500Z\", \"IsoTime\": \"2024-01-02T03:04:05Z\","
                + " \"Modified\": \"2024-01-02T03:04:05Z\"}");

        JsonNode xml = utcPlusTwo().toCliJson(OUTPUT_SHAPE, out, "rest-xml");
        JsonNode json = utcPlusTwo().toCliJson(OUTPUT_SHAPE, out, "rest-json");

        assertThat(xml.get("Created").asText()).isEqualTo("2024-01-02T03:04:05.500000+00:00");
        assertThat(json.get("IsoTime").asText()).isEqualTo("2024-01-02T03:04:05+00:00");
        assertThat(json.get("Modified").asText()).isEqualTo("2024-01-02T03:04:05+00:00");
    }

    @Test
    void wireFormatPrintsEpochNumbersAndHttpDates() throws Exception {
        CliOutput wire = CliOutput.builder().timestampFormat("wire").build();
        ObjectNode out = decoded("{\"Created\": \"2021-02-03T09:47:58.123Z\", \"IsoTime\": \"2024-01-02T03:04:05Z\","
                + " \"Modified\": \"2024-01-02T03:04:05Z\", \"Items\": [{\"At\": \"2024-01-02T03:04:05Z\"}]}");

        JsonNode cli = wire.toCliJson(OUTPUT_SHAPE, out, "rest-json");

        assertThat(wire.render(cli.get("Created"), "json", null)).isEqualTo("1612345678.123\n");
        assertThat(cli.at("/Items/0/At").asLong()).isEqualTo(1704164645L);
        assertThat(cli.get("IsoTime").asText()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(cli.get("Modified").asText()).isEqualTo("Tue, 02 Jan 2024 03:04:05 GMT");
    }

    @Test
    void wireFormatPrintsWhatTheServiceSentWhenTheCodecKeptIt() throws Exception {
        // AWS CLI v1 (cli_timestamp_format none) prints the sent text and number as they were: the fraction digits
        // of ".000Z" and the number's own form survive, which rebuilding from the instant would lose
        CliOutput wire = CliOutput.builder().timestampFormat("wire").build();
        ObjectNode out = JSON.createObjectNode();
        out.set("Created", new dev.awsmcp.model.WireTimestamp("2026-12-07T15:59:13Z",
                com.fasterxml.jackson.databind.node.TextNode.valueOf("2026-12-07T15:59:13.000Z")));
        out.set("IsoTime", new dev.awsmcp.model.WireTimestamp("2026-12-07T15:59:13.393Z",
                JSON.readTree("1796659153.393")));

        JsonNode cli = wire.toCliJson(OUTPUT_SHAPE, out, "rest-xml");

        assertThat(cli.get("Created").asText()).isEqualTo("2026-12-07T15:59:13.000Z");
        assertThat(wire.render(cli.get("IsoTime"), "json", null)).isEqualTo("1796659153.393\n");
        // the instant is what everything else sees, and what iso8601 prints
        assertThat(out.get("Created")).isEqualTo(com.fasterxml.jackson.databind.node.TextNode.valueOf("2026-12-07T15:59:13Z"));
        assertThat(CliOutput.create().toCliJson(OUTPUT_SHAPE, out, "rest-xml").get("Created").asText())
                .isEqualTo("2026-12-07T15:59:13+00:00");
    }

    @Test
    void aDocumentWithoutShapeConvertsTheTimestampsTheCodecsReturned() throws Exception {
        // emr describe-cluster merges three outputs; the CLI prints their timestamps as for one model output
        ObjectNode doc = JSON.createObjectNode();
        ObjectNode cluster = doc.putObject("Cluster");
        cluster.putArray("InstanceGroups").addObject().set("Created", new dev.awsmcp.model.WireTimestamp(
                "2026-12-07T15:59:13.393Z", JSON.readTree("1796659153.393")));
        cluster.put("Name", "c");
        cluster.set("Data", BinaryNode.valueOf("hi".getBytes(StandardCharsets.UTF_8)));

        CliOutput wireOutput = CliOutput.builder().timestampFormat("wire").build();
        JsonNode wire = wireOutput.toCliDocument(doc);
        JsonNode iso = CliOutput.builder().timestampFormat("iso8601").localZone(java.time.ZoneOffset.UTC).build()
                .toCliDocument(doc);

        assertThat(wireOutput.render(wire.at("/Cluster/InstanceGroups/0/Created"), "json", null))
                .isEqualTo("1796659153.393\n");
        assertThat(iso.at("/Cluster/InstanceGroups/0/Created").asText()).isEqualTo("2026-12-07T15:59:13.393000+00:00");
        assertThat(wire.at("/Cluster/Data").asText()).isEqualTo("aGk=");
        assertThat(wire.at("/Cluster/Name").asText()).isEqualTo("c");
    }

    @Test
    void encodesBlobsAsBase64EvenInsideMaps() throws Exception {
        ObjectNode out = decoded("{}");
        out.set("Data", BinaryNode.valueOf("hi".getBytes(StandardCharsets.UTF_8)));
        out.putObject("Tags").set("k", BinaryNode.valueOf(new byte[] {1, 2, 3}));

        JsonNode cli = CliOutput.create().toCliJson(OUTPUT_SHAPE, out, "json");

        assertThat(cli.get("Data").asText()).isEqualTo("aGk=");
        assertThat(cli.at("/Tags/k").asText()).isEqualTo("AQID");
    }

    @Test
    void unknownProtocolTreatsTimestampsAsTextInUtc() throws Exception {
        JsonNode cli = utcPlusTwo().toCliJson(OUTPUT_SHAPE, decoded("{\"Created\": \"2024-01-02T03:04:05Z\"}"));

        assertThat(cli.get("Created").asText()).isEqualTo("2024-01-02T03:04:05+00:00");
    }

    @Test
    void withoutAShapeOnlyRemovesMetadataAndEncodesBlobs() throws Exception {
        ObjectNode out = decoded("{\"ResponseMetadata\": {}, \"B\": 1}");
        out.set("A", BinaryNode.valueOf(new byte[] {(byte) 0xff}));

        JsonNode cli = CliOutput.create().toCliJson(null, out);

        assertThat(cli.toString()).isEqualTo("{\"B\":1,\"A\":\"/w==\"}");
    }

    @Test
    void emptyOutputPrintsNothingButEmptyListsAndNullPrint() throws Exception {
        CliOutput output = CliOutput.create();
        JsonNode empty = output.toCliJson(OUTPUT_SHAPE, decoded("{\"ResponseMetadata\": {\"RequestId\": \"x\"}}"));

        assertThat(output.render(empty, "json", "DescribeThing")).isEmpty();
        assertThat(output.render(empty, "yaml", "DescribeThing")).isEmpty();
        assertThat(output.render(empty, "table", "DescribeThing")).isEmpty();
        assertThat(output.render(empty, "text", "DescribeThing")).isEmpty();
        assertThat(output.render(JSON.readTree("[]"), "json", "X")).isEqualTo("[]\n");
        assertThat(output.render(JSON.readTree("null"), "json", "X")).isEqualTo("null\n");
    }

    @Test
    void rejectsUnknownOutputFormatsWithTheValidOnes() {
        assertThatThrownBy(() -> CliOutput.create().render(JSON.readTree("{}"), "xml", "X"))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("'xml'")
                .satisfies(e -> assertThat(((OutputException) e).hint()).contains("yaml-stream", "table"));
    }

    @Test
    void rejectsUnknownTimestampFormats() {
        assertThatThrownBy(() -> CliOutput.builder().timestampFormat("epoch"))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("epoch");
        assertThat(TimestampFormat.fromConfig("none")).isEqualTo(TimestampFormat.WIRE);
    }

    @Test
    void isoformatMatchesPythonForOffsetsAndMicroseconds() {
        assertThat(CliTimestamps.isoformat(java.time.OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 120_000_000,
                ZoneOffset.ofHoursMinutes(-5, -30)))).isEqualTo("2024-01-02T03:04:05.120000-05:30");
    }
}
