package dev.awsmcp.client.protocol.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderValuesTest {
    @Test
    void splitsQuotedListItemsWithEscapes() {
        assertThat(HeaderValues.splitList("a, \"b,c\", \"d\\\"e\" , f"))
                .containsExactly("a", "b,c", "d\"e", "f");
    }

    @Test
    void splitsHttpDatesOnEverySecondComma() {
        assertThat(HeaderValues.splitHttpDates("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT"))
                .containsExactly("Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 23:48:18 GMT");
    }

    @Test
    void reducesErrorTypesToTheBareCode() {
        assertThat(ErrorCodes.sanitize("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/")).isEqualTo("FooError");
        assertThat(ErrorCodes.sanitize("FooError:http://internal.amazon.com/")).isEqualTo("FooError");
        assertThat(ErrorCodes.sanitize("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException"))
                .isEqualTo("ResourceNotFoundException");
        assertThat(ErrorCodes.sanitize("  ")).isNull();
    }
}
