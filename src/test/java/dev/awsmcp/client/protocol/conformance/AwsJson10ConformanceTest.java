package dev.awsmcp.client.protocol.conformance;

import java.util.Map;

/** AWS protocol tests for AWS_JSON_1_0. */
class AwsJson10ConformanceTest extends AbstractConformanceTest {
    @Override
    WireProtocol protocol() {
        return WireProtocol.AWS_JSON_1_0;
    }

    @Override
    Map<String, String> exclusions() {
        return Map.of();
    }
}
