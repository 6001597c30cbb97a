package dev.awsmcp.client.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtocolRegistryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServiceModel model(String metadata) throws Exception {
        return ServiceModel.fromJson("svc", "svc",
                JSON.readTree("{\"metadata\":" + metadata + ",\"operations\":{},\"shapes\":{}}"), Map.of());
    }

    @Test
    void picksTheFirstSupportedProtocolInPreferenceOrder() throws Exception {
        ServiceModel m = model("{\"protocol\":\"json\",\"protocols\":[\"smithy-rpc-v3-ion\",\"smithy-rpc-v2-cbor\",\"json\"]}");
        // botocore's priority order decides, not the model's order
        assertThat(ProtocolRegistry.defaultRegistry().codecFor(m).protocol()).isEqualTo("json");
        ServiceModel cbor = model("{\"protocol\":\"query\",\"protocols\":[\"smithy-rpc-v3-ion\",\"smithy-rpc-v2-cbor\",\"query\"]}");
        assertThat(ProtocolRegistry.defaultRegistry().codecFor(cbor).protocol()).isEqualTo("smithy-rpc-v2-cbor");
        ServiceModel cloudwatch = dev.awsmcp.model.ServiceCatalog.bundled().model("cloudwatch").orElseThrow();
        assertThat(cloudwatch.metadata().protocols()).as("the model lists CBOR first").first().isEqualTo("smithy-rpc-v2-cbor");
        assertThat(ProtocolRegistry.defaultRegistry().codecFor(cloudwatch).protocol()).isEqualTo("json");
    }

    @Test
    void fallsBackToTheLegacyProtocolField() throws Exception {
        ServiceModel m = model("{\"protocol\":\"query\",\"protocols\":[\"smithy-rpc-v3-ion\"]}");
        assertThat(ProtocolRegistry.defaultRegistry().codecFor(m).protocol()).isEqualTo("query");
    }

    @Test
    void explainsAnUnsupportedProtocol() throws Exception {
        ServiceModel m = model("{\"protocol\":\"smithy-rpc-v3-ion\"}");
        assertThatThrownBy(() -> ProtocolRegistry.defaultRegistry().codecFor(m))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("smithy-rpc-v3-ion")
                .satisfies(e -> assertThat(((ProtocolException) e).hint()).contains("rest-xml"));
    }

    @Test
    void hasACodecForEveryProtocolOfTheBundledModels() {
        ServiceCatalog catalog = ServiceCatalog.bundled();
        catalog.services().forEach(s -> assertThat(s.protocols())
                .as(s.name()).anyMatch(p -> ProtocolRegistry.defaultRegistry().supportedProtocols().contains(p)));
    }
}
