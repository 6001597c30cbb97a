package dev.awsmcp.client.protocol.conformance;

import java.util.Map;

/** AWS protocol tests for restXml (RestXml, RestXmlWithNamespace, AmazonS3). */
class RestXmlConformanceTest extends AbstractConformanceTest {
    @Override
    WireProtocol protocol() {
        return WireProtocol.REST_XML;
    }

    @Override
    Map<String, String> exclusions() {
        return Map.of(
                "request HttpPayloadTraitsWithMediaTypeWithBlob", Exclusions.MEDIA_TYPE,
                // dual-stack and accelerate hosts come from S3 client configuration and the endpoint rule set
                "request S3VirtualHostDualstackAddressing", Exclusions.ENDPOINT_STAGE,
                "request S3VirtualHostAccelerateAddressing", Exclusions.ENDPOINT_STAGE,
                "request S3VirtualHostDualstackAccelerateAddressing", Exclusions.ENDPOINT_STAGE);
    }
}
