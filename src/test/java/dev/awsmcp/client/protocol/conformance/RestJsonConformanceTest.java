package dev.awsmcp.client.protocol.conformance;

import java.util.Map;

/** AWS protocol tests for REST_JSON. */
class RestJsonConformanceTest extends AbstractConformanceTest {
    @Override
    WireProtocol protocol() {
        return WireProtocol.REST_JSON;
    }

    @Override
    Map<String, String> exclusions() {
        return Map.of();
    }
}
