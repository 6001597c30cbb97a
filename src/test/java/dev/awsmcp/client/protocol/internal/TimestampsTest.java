package dev.awsmcp.client.protocol.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    private static final Instant T = Instant.parse("2014-04-29T18:30:38Z");

    @Test
    void parsesEveryWireFormLeniently() {
        assertThat(Timestamps.parse("2014-04-29T18:30:38Z")).isEqualTo(T);
        assertThat(Timestamps.parse("2014-04-29T19:30:38+01:00")).isEqualTo(T);
        assertThat(Timestamps.parse("2014-04-29t18:30:38z")).isEqualTo(T);
        assertThat(Timestamps.parse("Tue, 29 Apr 2014 18:30:38 GMT")).isEqualTo(T);
        assertThat(Timestamps.parse("Tuesday, 29-Apr-14 18:30:38 GMT")).isEqualTo(T);
        assertThat(Timestamps.parse("Tue Apr 29 18:30:38 2014")).isEqualTo(T);
        assertThat(Timestamps.parse("1398796238")).isEqualTo(T);
        assertThat(Timestamps.parse("1398796238.123")).isEqualTo(T.plusMillis(123));
    }

    @Test
    void rejectsTextThatIsNoTimestamp() {
        assertThatThrownBy(() -> Timestamps.parse("soon")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void formatsEachProtocolForm() {
        assertThat(Timestamps.format(T, "iso8601")).isEqualTo("2014-04-29T18:30:38Z");
        assertThat(Timestamps.format(T.plusMillis(120), "iso8601")).isEqualTo("2014-04-29T18:30:38.120Z");
        assertThat(Timestamps.format(T, "rfc822")).isEqualTo("Tue, 29 Apr 2014 18:30:38 GMT");
        assertThat(Timestamps.format(T, "unixTimestamp")).isEqualTo("1398796238");
        assertThat(Timestamps.format(T.plusMillis(500), "unixTimestamp")).isEqualTo("1398796238.5");
    }
}
