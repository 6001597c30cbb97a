package dev.awsmcp.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsmcp.command.CommandException;
import org.junit.jupiter.api.Test;

/** The {@code --expires} forms the transfer commands accept. */
class RequestParamsTimestampTest {
    @Test
    void acceptsIsoInstantsOffsetsLocalTimesDatesRfc1123AndEpochSeconds() {
        assertThat(RequestParams.timestamp("2030-01-02T03:04:05Z")).isEqualTo("2030-01-02T03:04:05Z");
        assertThat(RequestParams.timestamp("2030-01-02T03:04:05+02:00")).isEqualTo("2030-01-02T01:04:05Z");
        assertThat(RequestParams.timestamp("2030-01-02T03:04:05")).isEqualTo("2030-01-02T03:04:05Z");
        assertThat(RequestParams.timestamp(" 2030-01-02 ")).isEqualTo("2030-01-02T00:00:00Z");
        assertThat(RequestParams.timestamp("Wed, 02 Jan 2030 03:04:05 GMT")).isEqualTo("2030-01-02T03:04:05Z");
        assertThat(RequestParams.timestamp("1893553445")).isEqualTo("2030-01-02T03:04:05Z");
    }

    @Test
    void rejectsAnythingElseWithTheOptionName() {
        assertThatThrownBy(() -> RequestParams.timestamp("next tuesday")).isInstanceOf(CommandException.class)
                .hasMessageContaining("--expires").hasMessageContaining("next tuesday");
    }
}
