package dev.awsmcp.client.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.regions.RegionCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule sets written for these tests, loaded through {@link ServiceModel#fromJson}. */
class CustomRuleSetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RuleSetEndpointResolver resolver = RuleSetEndpointResolver.create(RegionCatalog.bundled(), 8, 0);

    private static final String SERVICE = """
            {"metadata": {"apiVersion": "2024-01-01", "protocol": "json", "jsonVersion": "1.1", "endpointPrefix": "widgets",
                          "signingName": "widgets", "serviceId": "Widgets", "targetPrefix": "Widgets"},
             "operations": {"Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"},
                                     "input": {"shape": "PingInput"}, "staticContextParams": {"Mode": {"value": "fast"}}}},
             "shapes": {"PingInput": {"type": "structure", "members": {"Zone": {"shape": "S", "contextParam": {"name": "Zone"}}}},
                        "S": {"type": "string"}}}
            """;

    private static final String RULES = """
            {"version": "1.0",
             "parameters": {"Region": {"type": "String", "builtIn": "AWS::Region", "required": true, "default": "us-east-1"},
                            "Zone": {"type": "String", "required": false},
                            "Mode": {"type": "String", "required": true, "default": "slow"}},
             "rules": [
               {"type": "error", "conditions": [{"fn": "isSet", "argv": [{"ref": "Zone"}]},
                                                {"fn": "stringEquals", "argv": [{"ref": "Zone"}, "bad"]}],
                "error": "Zone bad is not allowed"},
               {"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "Zone"}]}],
                "endpoint": {"url": "https://{Zone}.widgets.{Region}.example.com",
                             "headers": {"x-mode": ["{Mode}"]},
                             "properties": {"authSchemes": [{"name": "sigv4a", "signingName": "widgets", "signingRegionSet": ["*"]},
                                                            {"name": "sigv4", "signingName": "widgets-alt", "signingRegion": "us-west-2"}]}}},
               {"type": "endpoint", "conditions": [],
                "endpoint": {"url": "https://widgets.{Region}.example.com",
                             "properties": {"authSchemes": [{"name": "sigv4a", "signingName": "widgets", "signingRegionSet": ["us-east-1", "us-west-2"]}]}}}
             ]}
            """;

    private ServiceModel model(String rules) throws Exception {
        Map<String, JsonNode> side = rules == null ? Map.of() : Map.of("endpoint-rule-set-1.json", JSON.readTree(rules));
        return ServiceModel.fromJson("widgets", "widgets", JSON.readTree(SERVICE), side);
    }

    @Test
    void feedsContextParamMembersAndStaticParamsAndReadsHeaders() throws Exception {
        ServiceModel m = model(RULES);
        ResolvedEndpoint e = resolver.resolve(m, m.operation("Ping").orElseThrow(),
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree("{\"Zone\":\"z1\"}"), EndpointSettings.forRegion("eu-west-1"));
        assertThat(e.url()).hasToString("https://z1.widgets.eu-west-1.example.com");
        assertThat(e.headers()).containsEntry("x-mode", List.of("fast"));
        // sigv4a needs the CRT signer, so the plain sigv4 alternative wins, as in botocore without CRT.
        assertThat(e.authScheme()).isEqualTo("sigv4");
        assertThat(e.signingName()).isEqualTo("widgets-alt");
        assertThat(e.signingRegion()).isEqualTo("us-west-2");
    }

    @Test
    void reportsSigv4aWithItsRegionSetWhenItIsTheOnlyScheme() throws Exception {
        ServiceModel m = model(RULES);
        ResolvedEndpoint e = resolver.resolve(m, m.operation("Ping").orElseThrow(), JSON.createObjectNode(),
                EndpointSettings.forRegion("eu-west-1"));
        assertThat(e.url()).hasToString("https://widgets.eu-west-1.example.com");
        assertThat(e.authScheme()).isEqualTo("sigv4a");
        assertThat(e.signingRegionSet()).containsExactly("us-east-1", "us-west-2");
        assertThat(e.signingRegion()).isEqualTo("us-east-1");
    }

    @Test
    void turnsErrorRulesIntoEndpointExceptions() throws Exception {
        ServiceModel m = model(RULES);
        assertThatThrownBy(() -> resolver.resolve(m, m.operation("Ping").orElseThrow(),
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree("{\"Zone\":\"bad\"}"), EndpointSettings.forRegion("eu-west-1")))
                .isInstanceOf(EndpointException.class)
                .hasMessage("Zone bad is not allowed.");
    }

    @Test
    void explainsAServiceWithoutARuleSet() throws Exception {
        ServiceModel m = model(null);
        assertThatThrownBy(() -> resolver.resolve(m, m.operation("Ping").orElseThrow(), JSON.createObjectNode(),
                EndpointSettings.forRegion("eu-west-1")))
                .isInstanceOf(EndpointException.class)
                .hasMessageContaining("has no endpoint rule set")
                .satisfies(t -> assertThat(((EndpointException) t).hint()).contains("--endpoint-url"));
    }

    @Test
    void explainsAMalformedRuleSet() throws Exception {
        ServiceModel m = model("{\"version\": \"1.0\", \"parameters\": {\"Region\": {\"type\": \"Nonsense\"}}, \"rules\": []}");
        assertThatThrownBy(() -> resolver.resolve(m, m.operation("Ping").orElseThrow(), JSON.createObjectNode(),
                EndpointSettings.forRegion("eu-west-1")))
                .isInstanceOf(EndpointException.class)
                .hasMessageContaining("cannot be read")
                .hasMessageNotContaining("software.amazon");
    }
}
