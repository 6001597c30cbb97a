package dev.awsmcp.client.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.regions.Availability;
import dev.awsmcp.regions.AvailabilityStatus;
import dev.awsmcp.regions.RegionCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetEndpointProbeTest {
    private final RuleSetEndpointProbe probe =
            new RuleSetEndpointProbe(ServiceCatalog.bundled(), RuleSetEndpointResolver.create());

    @Test
    void resolvesAServiceEndpointWithDefaultSettings() {
        assertThat(probe.resolve("bedrock-runtime", "us-west-2")).contains("https://bedrock-runtime.us-west-2.amazonaws.com");
        assertThat(probe.resolve("no-such-service", "us-west-2")).isEmpty();
        assertThat(probe.resolve("ec2", "not a region")).isEmpty();
    }

    @Test
    void letsTheRegionCatalogReportWhatTheRuleSetSaysForUnlistedServices() {
        Availability a = RegionCatalog.bundled().withProbe(probe)
                .serviceAvailability("bedrock-runtime", List.of("eu-west-1")).get(0);
        assertThat(a.status()).isEqualTo(AvailabilityStatus.UNKNOWN);
        assertThat(a.source()).isEqualTo(RegionCatalog.ENDPOINT_RULE_SET);
        assertThat(a.endpoint()).isEqualTo("https://bedrock-runtime.eu-west-1.amazonaws.com");
    }
}
