package dev.awsmcp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.ProtocolRegistry;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.output.CliOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based fuzzing of what comes back: every protocol's response and error parser (JSON, REST-JSON,
 * REST-XML, query, EC2, Smithy RPC v2 CBOR, and the event-stream framing) gets mutated and random bodies, and JMESPath gets mutated
 * expressions. Each either parses or throws the library's own error; none throws anything else.
 */
class ResponseFuzzTest {
    private static final ServiceCatalog CATALOG = ServiceCatalog.bundled();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CliOutput OUTPUT = CliOutput.create();

    /** service, operation, content type, a valid body to mutate. */
    private record Case(String service, String operation, String contentType, String body) {}

    private static final List<Case> CASES = List.of(
            new Case("sqs", "ListQueues", "application/x-amz-json-1.0", "{\"QueueUrls\":[\"https://q/1/a\"],\"NextToken\":\"t\"}"),
            new Case("dynamodb", "GetItem", "application/x-amz-json-1.0", "{\"Item\":{\"id\":{\"S\":\"1\"},\"n\":{\"N\":\"2\"},\"b\":{\"B\":\"aGk=\"}}}"),
            new Case("lambda", "ListFunctions", "application/json", "{\"Functions\":[{\"FunctionName\":\"f\",\"LastModified\":\"2024-01-01T00:00:00.000+0000\"}]}"),
            new Case("lambda", "InvokeWithResponseStream", "application/vnd.amazon.eventstream", "\u0000\u0000\u0000\u0010\u0000\u0000\u0000\u0000"),
            new Case("s3api", "ListBuckets", "application/xml", "<ListAllMyBucketsResult><Buckets><Bucket><Name>b</Name>"
                    + "<CreationDate>2024-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>"),
            new Case("iam", "ListUsers", "text/xml", "<ListUsersResponse><ListUsersResult><Users><member><UserName>u</UserName>"
                    + "</member></Users><IsTruncated>false</IsTruncated></ListUsersResult></ListUsersResponse>"),
            new Case("ec2", "DescribeVpcs", "text/xml", "<DescribeVpcsResponse><vpcSet><item><vpcId>vpc-1</vpcId>"
                    + "<isDefault>true</isDefault></item></vpcSet></DescribeVpcsResponse>"),
            // the one bundled service botocore would call over Smithy RPC v2 CBOR; bodies are bytes (ISO-8859-1 text)
            new Case("partnercentral-revenue-measurement", "CreateMarketplaceRevenueShare", "application/cbor",
                    "\u00bf\u0062id\u0061x\u00ff"));

    @Provide
    Arbitrary<Object[]> responses() {
        return Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            Case c = CASES.get(r.nextInt(CASES.size()));
            byte[] body;
            if (r.nextInt(4) == 0) {
                body = new byte[r.nextInt(200)];
                r.nextBytes(body);
            } else {
                String mutated = FuzzSeeds.mutate(c.body(), r);
                body = c.contentType().equals("application/cbor") ? mutated.getBytes(StandardCharsets.ISO_8859_1)
                        : mutated.getBytes(StandardCharsets.UTF_8);
            }
            int status = r.nextInt(3) == 0 ? 400 + r.nextInt(100) : 200;
            return new Object[] {c, body, status};
        });
    }

    @Property(tries = 3000, seed = "20261207") // fixed: verify stays deterministic; bench/fuzz.sh explores
    void responsesParseOrFailWithAPreciseError(@ForAll("responses") Object[] input) {
        Case c = (Case) input[0];
        byte[] body = (byte[]) input[1];
        int status = (int) input[2];
        ServiceModel model = CATALOG.model(c.service()).orElseThrow();
        Operation op = model.operation(c.operation()).orElseThrow();
        ProtocolCodec codec = ProtocolRegistry.defaultRegistry().codecFor(model);
        RawResponse response = new RawResponse(status, Map.of("Content-Type", List.of(c.contentType()),
                "x-amzn-RequestId", List.of("r")), body);
        try {
            if (status >= 300) {
                assertThat(codec.parseError(model, op, response)).isNotNull();
            } else {
                codec.deserialize(model, op, response);
            }
        } catch (AwsMcpException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> queries() {
        List<String> seeds = List.of("Reservations[].Instances[].[InstanceId,State.Name]", "length(Items[?n > `2`])",
                "Buckets[?starts_with(Name, 'a')].Name | sort(@) | [0]", "a.b.c || `\"x\"`", "*.[foo, bar][] | {k: @}",
                "Items[?Tags[?Key=='Name' && Value != `null`]]");
        return Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            return FuzzSeeds.mutate(seeds.get(r.nextInt(seeds.size())), r);
        });
    }

    @Property(tries = 2000, seed = "20261207") // fixed: verify stays deterministic; bench/fuzz.sh explores
    void queriesEvaluateOrFailWithAPreciseError(@ForAll("queries") String expression) throws Exception {
        JsonNode doc = JSON.readTree("{\"Reservations\":[{\"Instances\":[{\"InstanceId\":\"i-1\",\"State\":{\"Name\":\"ok\"}}]}],"
                + "\"Items\":[{\"n\":3,\"Tags\":[{\"Key\":\"Name\",\"Value\":\"x\"}]}],\"Buckets\":[{\"Name\":\"ab\"}]}");
        try {
            OUTPUT.query(doc, expression);
        } catch (AwsMcpException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
