package dev.awsmcp.client.protocol.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsmcp.client.protocol.ProtocolException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumsTest {
    private static final byte[] HELLO = "Hello world".getBytes(StandardCharsets.UTF_8);

    @Test
    void computesTheValuesS3Documents() {
        // reference values from the AWS SDKs' checksum tests for "Hello world"
        assertThat(Checksums.compute("CRC32", HELLO)).isEqualTo("i9aeUg==");
        assertThat(Checksums.compute("crc32c", HELLO)).isEqualTo("crUfeA==");
        assertThat(Checksums.compute("SHA1", HELLO)).isEqualTo("e1AsOh9IyGCa4hLN+2Od7jlnP14=");
        assertThat(Checksums.compute("SHA256", HELLO)).isEqualTo("ZOyIygCyaOW6GjVnihtTFtIS9PNmskdyMlNKiuyjfzw=");
        assertThat(Checksums.md5(HELLO)).isEqualTo("PiWWCnnbxptnTNTsZ6csYg==");
    }

    @Test
    void computesCrc64Nvme() {
        // CRC-64/NVME check value: "123456789" -> 0xAE8B14860A799888
        assertThat(Checksums.crc64nvme("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0xAE8B14860A799888L);
    }

    @Test
    void rejectsAnUnknownAlgorithm() {
        assertThatThrownBy(() -> Checksums.compute("XXHASH3", HELLO))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("XXHASH3");
    }
}
