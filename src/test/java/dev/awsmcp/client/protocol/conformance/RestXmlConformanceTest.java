package dev.awsmcp.client.protocol.conformance;

import java.util.Map;

/** AWS protocol tests for REST_XML. */
class RestXmlConformanceTest extends AbstractConformanceTest {
    @Override
    WireProtocol protocol() {
        return WireProtocol.REST_XML;
    }

    @Override
    Map<String, String> exclusions() {
        return Map.of();
    }
}
