package dev.awsmcp.client.protocol.conformance;

import java.util.Map;

/** AWS protocol tests for RPC_V2_CBOR. */
class RpcV2CborConformanceTest extends AbstractConformanceTest {
    @Override
    WireProtocol protocol() {
        return WireProtocol.RPC_V2_CBOR;
    }

    @Override
    Map<String, String> exclusions() {
        return Map.of();
    }
}
