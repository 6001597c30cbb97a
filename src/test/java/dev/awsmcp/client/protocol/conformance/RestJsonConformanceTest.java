package dev.awsmcp.client.protocol.conformance;

import java.util.Map;

/** AWS protocol tests for restJson1 (RestJson, BackplaneControlService (API Gateway), Glacier). */
class RestJsonConformanceTest extends AbstractConformanceTest {
    @Override
    WireProtocol protocol() {
        return WireProtocol.REST_JSON;
    }

    @Override
    Map<String, String> exclusions() {
        return Map.of(
                "request RestJsonClientPopulatesDefaultValuesInInput", Exclusions.DEFAULTS,
                "request RestJsonClientPopulatesNestedDefaultValuesWhenMissing", Exclusions.DEFAULTS,
                "response RestJsonClientPopulatesDefaultsValuesWhenMissingInResponse", Exclusions.DEFAULTS,
                "response RestJsonClientPopulatesNestedDefaultsWhenMissingInResponseBody", Exclusions.DEFAULTS,
                "request RestJsonHttpPayloadTraitsWithMediaTypeWithBlob", Exclusions.MEDIA_TYPE,
                "request RestJsonStreamingTraitsWithMediaTypeWithBlob", Exclusions.MEDIA_TYPE);
    }
}
