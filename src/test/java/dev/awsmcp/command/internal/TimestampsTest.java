package dev.awsmcp.command.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
            "2024-01-02T03:04:05Z, 2024-01-02T03:04:05Z",
            "2024-01-02T03:04:05.123Z, 2024-01-02T03:04:05.123Z",
            "2024-01-02T03:04:05+02:00, 2024-01-02T01:04:05Z",
            "2024-01-02T03:04:05+0200, 2024-01-02T01:04:05Z",
            "2024-01-02T03:04:05, 2024-01-02T03:04:05Z",
            "2024-01-02 03:04:05, 2024-01-02T03:04:05Z",
            "2024-01-02T03:04, 2024-01-02T03:04:00Z",
            "2024-01-02, 2024-01-02T00:00:00Z",
            "1704164645, 2024-01-02T03:04:05Z",
            "1704164645.5, 2024-01-02T03:04:05.500Z",
            "'Tue, 02 Jan 2024 03:04:05 GMT', 2024-01-02T03:04:05Z"})
    void parsesTheFormsBotocoreAccepts(String text, String expected) {
        assertThat(TimestampArguments.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2024-13-45", "''", "12:00"})
    void rejectsNonTimestamps(String text) {
        assertThat(TimestampArguments.parse(text)).isNull();
    }
}
