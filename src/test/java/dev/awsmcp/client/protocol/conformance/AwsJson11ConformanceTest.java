package dev.awsmcp.client.protocol.conformance;

import java.util.Map;

/** AWS protocol tests for AWS_JSON_1_1. */
class AwsJson11ConformanceTest extends AbstractConformanceTest {
    @Override
    WireProtocol protocol() {
        return WireProtocol.AWS_JSON_1_1;
    }

    @Override
    Map<String, String> exclusions() {
        return Map.of();
    }
}
