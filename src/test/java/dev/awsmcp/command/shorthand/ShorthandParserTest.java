package dev.awsmcp.command.shorthand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cases from awscli's tests/unit/test_shorthand.py and the AWS CLI user guide's shorthand page. */
class ShorthandParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode parse(String s) {
        return new ShorthandParser().parse(s);
    }

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "foo=bar|{\"foo\":\"bar\"}",
            "foo=bar,baz=qux|{\"foo\":\"bar\",\"baz\":\"qux\"}",
            "a=b,c,d|{\"a\":[\"b\",\"c\",\"d\"]}",
            "a=b,c,d,e=f|{\"a\":[\"b\",\"c\",\"d\"],\"e\":\"f\"}",
            "foo=|{\"foo\":\"\"}",
            "foo=bar baz|{\"foo\":\"bar baz\"}",
            "foo=bar  |{\"foo\":\"bar\"}",
            "foo=a\\,b|{\"foo\":\"a,b\"}",
            "foo='a,b'|{\"foo\":\"a,b\"}",
            "foo=\"a,b\"|{\"foo\":\"a,b\"}",
            "foo='it\\'s'|{\"foo\":\"it's\"}",
            "foo=[a,b,c]|{\"foo\":[\"a\",\"b\",\"c\"]}",
            "foo=[]|{\"foo\":[]}",
            "foo={a=b,c=d}|{\"foo\":{\"a\":\"b\",\"c\":\"d\"}}",
            "foo={a=[b,c],d={e=f}}|{\"foo\":{\"a\":[\"b\",\"c\"],\"d\":{\"e\":\"f\"}}}",
            "foo=[{a=b},{a=c}]|{\"foo\":[{\"a\":\"b\"},{\"a\":\"c\"}]}",
            "Key=Name,Value=web-1|{\"Key\":\"Name\",\"Value\":\"web-1\"}",
            "Name=tag:Env,Values=prod,dev|{\"Name\":\"tag:Env\",\"Values\":[\"prod\",\"dev\"]}",
            "foo=bar=baz|{\"foo\":\"bar=baz\"}",
            "foo.bar#x/y:z=1|{\"foo.bar#x/y:z\":\"1\"}",
            "foo = bar , baz = qux|{\"foo\":\"bar\",\"baz\":\"qux\"}",
            "foo=a:b:c|{\"foo\":\"a:b:c\"}",
            "foo=\"\"|{\"foo\":\"\"}",
            "foo=http://example.com?a=b|{\"foo\":\"http://example.com?a=b\"}"})
    void parsesDocumentedForms(String input, String expected) throws Exception {
        assertThat(parse(input)).isEqualTo(json(expected));
    }

    @Test
    void userGuideNestedExampleParses() throws Exception {
        // AWS CLI user guide, "Using shorthand syntax": nested structures and lists
        assertThat(parse("DeviceName=/dev/sdb,Ebs={VolumeSize=20,DeleteOnTermination=false,VolumeType=standard}"))
                .isEqualTo(json("{\"DeviceName\":\"/dev/sdb\",\"Ebs\":{\"VolumeSize\":\"20\","
                        + "\"DeleteOnTermination\":\"false\",\"VolumeType\":\"standard\"}}"));
    }

    @Test
    void reportsExpectedCharacterAndPosition() {
        assertThatThrownBy(() -> parse("foo"))
                .isInstanceOf(ShorthandException.class)
                .hasMessage("Expected: '=', received: 'EOF'")
                .satisfies(e -> assertThat(((ShorthandException) e).index()).isEqualTo(3));
    }

    @Test
    void rejectsSecondInstanceOfKey() {
        assertThatThrownBy(() -> parse("a=b,a=c")).hasMessageContaining("Second instance of key \"a\"");
    }

    @Test
    void trailingCommaIsAnError() {
        assertThatThrownBy(() -> parse("Key=Department,")).isInstanceOf(ShorthandException.class);
    }

    @Test
    void unclosedListIsAnError() {
        assertThatThrownBy(() -> parse("foo=[a,b")).isInstanceOf(ShorthandException.class);
    }

    @Test
    void locationDrawsCaretUnderError() {
        ShorthandException e = new ShorthandException("x", "foo==bar", 4);
        assertThat(e.location()).isEqualTo("foo==bar\n    ^");
    }
}
