package dev.awsmcp;

import dev.awsmcp.engine.CommandSource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.testing.CodecRegistry;
import dev.awsmcp.client.testing.MutableClock;
import dev.awsmcp.client.testing.Options;
import dev.awsmcp.client.testing.RecordingSleeper;
import dev.awsmcp.client.testing.TestCodec;
import dev.awsmcp.client.testing.TestEndpointResolver;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.client.testing.TestModels;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.model.ServiceModel;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Builds facades over fake stages and WireMock, with static test credentials. */
final class FacadeHarness {
    static final ObjectMapper JSON = new ObjectMapper();
    final MutableClock clock = new MutableClock(Instant.parse("2025-01-02T03:04:05Z"));
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final String endpoint;

    FacadeHarness(String endpoint) {
        this.endpoint = endpoint;
    }

    /** A started WireMock server on a free loopback port. */
    static com.github.tomakehurst.wiremock.WireMockServer startWireMock() {
        com.github.tomakehurst.wiremock.WireMockServer wm = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        return wm;
    }

    /** One DER element (tag, definite length, value), for the throwaway RSA keys tests serve. */
    static byte[] der(int tag, byte[] value) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(tag);
        if (value.length < 0x80) {
            out.write(value.length);
        } else if (value.length < 0x100) {
            out.write(0x81);
            out.write(value.length);
        } else {
            out.write(0x82);
            out.write(value.length >> 8);
            out.write(value.length & 0xff);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    /** The XML namespace IAM's query-protocol answers carry. */
    static final String IAM_NS = "xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"";

    /**
     * Answers one query-protocol action ({@code Action=GetRole&...} in the form body) of a WireMock server.
     *
     * @param wm     the server
     * @param action the action, e.g. {@code GetRole}
     * @param status the HTTP status
     * @param body   the XML answer
     */
    static void answerQuery(com.github.tomakehurst.wiremock.WireMockServer wm, String action, int status, String body) {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/")
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Action=" + action + "&"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(status)
                        .withHeader("Content-Type", "text/xml").withBody(body)));
    }

    /** {@code --endpoint-url} of a WireMock server plus {@code --region}, for command lines. */
    static String endpointOptions(com.github.tomakehurst.wiremock.WireMockServer wm, String region) {
        return "--endpoint-url http://127.0.0.1:" + wm.port() + " --region " + region;
    }

    /** A builder of the real pipeline (parser, codecs, endpoint rules) with static credentials, no environment. */
    static AwsMcpBuilder realPipeline(String accessKeyId, String secretKey) {
        AwsMcpBuilder b = AwsMcp.builder().credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretKey)));
        b.environment = TestEnvironment.of(java.util.Map.of(), "");
        return b;
    }

    AwsMcpBuilder builder(CommandSource source) {
        AwsMcpBuilder b = AwsMcp.builder().credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret")));
        b.commandSource = source;
        b.codecs = new CodecRegistry(List.of(new TestCodec("json")))::select;
        b.endpoints = new TestEndpointResolver();
        b.formatter = new FakeFormatter();
        b.environment = TestEnvironment.empty();
        b.sleeper = sleeper;
        b.clock = clock;
        return b;
    }

    BoundCall demo(String op, String params, GlobalOptions options) {
        ServiceModel m = TestModels.demo();
        try {
            return new BoundCall(m, m.operation(op).orElseThrow(), (ObjectNode) JSON.readTree(params), options,
                    "aws demo " + op);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Options options() {
        return Options.endpoint(endpoint);
    }
}
