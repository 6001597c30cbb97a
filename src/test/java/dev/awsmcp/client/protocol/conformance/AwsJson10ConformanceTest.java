package dev.awsmcp.client.protocol.conformance;

import java.util.Map;

/** AWS protocol tests for awsJson1_0 (JsonRpc10, QueryCompatibleJsonRpc10). */
class AwsJson10ConformanceTest extends AbstractConformanceTest {
    @Override
    WireProtocol protocol() {
        return WireProtocol.AWS_JSON_1_0;
    }

    @Override
    Map<String, String> exclusions() {
        return Map.of(
                "request AwsJson10ClientPopulatesDefaultValuesInInput", Exclusions.DEFAULTS,
                "request AwsJson10ClientPopulatesNestedDefaultValuesWhenMissing", Exclusions.DEFAULTS,
                "response AwsJson10ClientPopulatesDefaultsValuesWhenMissingInResponse", Exclusions.DEFAULTS,
                "response AwsJson10ClientPopulatesNestedDefaultsWhenMissingInResponseBody", Exclusions.DEFAULTS,
                "response AwsJson10ClientErrorCorrectsWhenServerFailsToSerializeRequiredValues", Exclusions.ERROR_CORRECTION,
                "response AwsJson10ClientErrorCorrectsWithDefaultValuesWhenServerFailsToSerializeRequiredValues",
                Exclusions.ERROR_CORRECTION);
    }
}
