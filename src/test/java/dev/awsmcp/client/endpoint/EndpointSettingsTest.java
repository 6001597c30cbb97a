package dev.awsmcp.client.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EndpointSettingsTest {
    @Test
    void defaultsFollowTheCliV1() {
        EndpointSettings s = EndpointSettings.forRegion("eu-west-1");
        assertThat(s.s3UseArnRegion()).isTrue();
        assertThat(s.s3UseGlobalEndpoint()).isTrue();
        assertThat(s.useGlobalEndpoint()).isFalse();
        assertThat(s.s3ControlUseArnRegion()).isFalse();
        assertThat(s.s3AddressingStyle()).isEqualTo("auto");
        assertThat(s.accountIdEndpointMode()).isEqualTo("preferred");
    }

    @Test
    void keepsTheOriginalEightFieldConstructorWithCliDefaults() {
        EndpointSettings s = new EndpointSettings("us-east-1", "http://localhost:4566", false, false, true, true, false, null);
        assertThat(s).isEqualTo(EndpointSettings.builder("us-east-1").endpointUrl("http://localhost:4566").s3ForcePathStyle(true).build());
    }

    @Test
    void rejectsUnknownAddressingStylesAndAccountModesAtOnce() {
        assertThatThrownBy(() -> EndpointSettings.builder("us-east-1").s3AddressingStyle("sideways"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto, path or virtual");
        assertThatThrownBy(() -> EndpointSettings.builder("us-east-1").accountIdEndpointMode("always"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preferred, disabled or required");
        assertThatThrownBy(() -> EndpointSettings.builder("us-east-1").clientContextParam("X", 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsThroughToBuilder() {
        EndpointSettings s = EndpointSettings.builder("eu-west-1").useFips(true).accountId("111122223333")
                .clientContextParam("DisableS3ExpressSessionAuth", true).build();
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }
}
