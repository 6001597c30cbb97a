package dev.awsmcp.client.protocol.conformance;

import java.util.Map;

/** AWS protocol tests for EC2_QUERY. */
class Ec2QueryConformanceTest extends AbstractConformanceTest {
    @Override
    WireProtocol protocol() {
        return WireProtocol.EC2_QUERY;
    }

    @Override
    Map<String, String> exclusions() {
        return Map.of();
    }
}
