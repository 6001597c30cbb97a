package dev.awsmcp.custom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code aws configure set}'s file edits; every expected text is what AWS CLI v1 1.45.11's {@code ConfigFileWriter}
 * wrote for the same file and value.
 */
class ConfigFileWriterTest {
    private static String set(String existing, String section, String key, Object value) {
        return ConfigFileWriter.update(existing, section, new ConfigFileWriter.Setting(key, value));
    }

    @Test
    void rewritesAKeyInPlaceAndAddsNewKeysAfterTheSectionsLastOption() {
        assertThat(set("[default]\nregion = us-east-1\n", "default", "region", "us-west-2"))
                .isEqualTo("[default]\nregion = us-west-2\n");
        assertThat(set("[default]\nregion = us-east-1", "default", "output", "json"))
                .isEqualTo("[default]\nregion = us-east-1\noutput = json\n");
        assertThat(set("[default]\nregion = us-east-1\n\n[profile dev]\nregion = x\n", "default", "output", "json"))
                .isEqualTo("[default]\nregion = us-east-1\noutput = json\n\n[profile dev]\nregion = x\n");
        assertThat(set("[default]\n;region = old\nregion = a\n", "default", "region", "b"))
                .isEqualTo("[default]\n;region = old\nregion = b\n");
        assertThat(set("[profile \"my dev\"]\nregion = a\n", "profile my dev", "region", "b"))
                .isEqualTo("[profile \"my dev\"]\nregion = b\n");
    }

    @Test
    void nestedValuesGoUnderTheirParent() {
        assertThat(set("# c\n[default]\ns3 =\n    max_concurrent_requests = 10\noutput = json\n", "default", "s3",
                Map.of("multipart_threshold", "64MB")))
                .isEqualTo("# c\n[default]\ns3 =\n    max_concurrent_requests = 10\n    multipart_threshold = 64MB\n"
                        + "output = json\n");
        assertThat(set("[default]\ns3 =\n    max_concurrent_requests = 10\n", "default", "s3",
                Map.of("max_concurrent_requests", "20")))
                .isEqualTo("[default]\ns3 =\n    max_concurrent_requests = 20\n");
    }

    @Test
    void aMissingSectionOrFileIsCreated() {
        assertThat(set("[default]\nregion = a\n", "profile dev", "s3", Map.of("addressing_style", "path")))
                .isEqualTo("[default]\nregion = a\n[profile dev]\ns3 =\n    addressing_style = path\n");
        assertThat(set(null, "default", "region", "eu-west-1")).isEqualTo("[default]\nregion = eu-west-1\n");
        assertThat(set("", "default", "region", "eu-west-1")).isEqualTo("[default]\nregion = eu-west-1\n");
    }
}
