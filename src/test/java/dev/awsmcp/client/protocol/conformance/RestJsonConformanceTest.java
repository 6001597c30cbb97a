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
                "RestJsonClientPopulatesDefaultValuesInInput", Exclusions.DEFAULTS,
                "RestJsonClientPopulatesNestedDefaultValuesWhenMissing", Exclusions.DEFAULTS,
                "RestJsonClientPopulatesDefaultsValuesWhenMissingInResponse", Exclusions.DEFAULTS,
                "RestJsonClientPopulatesNestedDefaultsWhenMissingInResponseBody", Exclusions.DEFAULTS,
                "RestJsonHttpPayloadTraitsWithMediaTypeWithBlob", Exclusions.MEDIA_TYPE,
                "RestJsonStreamingTraitsWithMediaTypeWithBlob", Exclusions.MEDIA_TYPE);
    }
}
