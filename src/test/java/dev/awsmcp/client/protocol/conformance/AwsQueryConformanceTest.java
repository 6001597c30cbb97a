package dev.awsmcp.client.protocol.conformance;

import java.util.Map;

/** AWS protocol tests for AWS_QUERY. */
class AwsQueryConformanceTest extends AbstractConformanceTest {
    @Override
    WireProtocol protocol() {
        return WireProtocol.AWS_QUERY;
    }

    @Override
    Map<String, String> exclusions() {
        return Map.of();
    }
}
