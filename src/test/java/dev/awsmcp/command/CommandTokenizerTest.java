package dev.awsmcp.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandTokenizerTest {

    @Test
    void splitsOnWhitespaceAndKeepsQuotedText() {
        assertThat(CommandTokenizer.tokenize("aws  ec2 describe-instances --filters 'Name=tag:Name,Values=my web'"))
                .containsExactly("aws", "ec2", "describe-instances", "--filters", "Name=tag:Name,Values=my web");
    }

    @Test
    void doubleQuotesHonourBackslashEscapes() {
        assertThat(CommandTokenizer.tokenize("aws x y --a \"say \\\"hi\\\" \\\\ \\n\""))
                .containsExactly("aws", "x", "y", "--a", "say \"hi\" \\ \\n");
    }

    @Test
    void backslashOutsideQuotesEscapesNextCharacter() {
        assertThat(CommandTokenizer.tokenize("aws x y --a \\{A=1\\} b\\ c"))
                .containsExactly("aws", "x", "y", "--a", "{A=1}", "b c");
    }

    @Test
    void lineContinuationsJoinLines() {
        assertThat(CommandTokenizer.tokenize("aws ec2 describe-instances \\\n  --region eu-west-1"))
                .containsExactly("aws", "ec2", "describe-instances", "--region", "eu-west-1");
    }

    @Test
    void emptyQuotesMakeAnEmptyWord() {
        assertThat(CommandTokenizer.tokenize("aws x y --a ''")).containsExactly("aws", "x", "y", "--a", "");
    }

    @Test
    void adjacentQuotedPartsFormOneWord() {
        assertThat(CommandTokenizer.tokenize("aws x y --a Key='a b'\"c\"d")).containsExactly("aws", "x", "y", "--a", "Key=a bcd");
    }

    @Test
    void rejectsPipeWithHintToQuery() {
        assertThatThrownBy(() -> CommandTokenizer.tokenize("aws ec2 describe-instances | jq ."))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("'|'")
                .satisfies(e -> assertThat(((CommandException) e).hint()).contains("--query"));
    }

    @Test
    void rejectsChainingRedirectsAndBackgroundJobs() {
        for (String cmd : new String[] {"aws s3 ls && rm -rf /", "aws s3 ls || true", "aws s3 ls; ls",
                "aws s3 ls > out.txt", "aws s3 ls < in", "aws s3 ls &", "aws s3 ls 2>&1"}) {
            assertThatThrownBy(() -> CommandTokenizer.tokenize(cmd)).as(cmd)
                    .isInstanceOf(CommandException.class)
                    .extracting(e -> ((CommandException) e).code()).isEqualTo("ShellSyntaxNotSupported");
        }
    }

    @Test
    void rejectsCommandSubstitutionUnquotedAndInDoubleQuotes() {
        assertThatThrownBy(() -> CommandTokenizer.tokenize("aws ec2 stop-instances --instance-ids $(cat ids)"))
                .hasMessageContaining("$(");
        assertThatThrownBy(() -> CommandTokenizer.tokenize("aws ec2 stop-instances --instance-ids \"$(cat ids)\""))
                .hasMessageContaining("$(");
        assertThatThrownBy(() -> CommandTokenizer.tokenize("aws ec2 stop-instances --instance-ids `cat ids`"))
                .hasMessageContaining("`");
    }

    @Test
    void singleQuotesKeepShellCharactersLiteral() {
        assertThat(CommandTokenizer.tokenize("aws logs x --q 'a | b && $(c) `d` > e'"))
                .containsExactly("aws", "logs", "x", "--q", "a | b && $(c) `d` > e");
    }

    @Test
    void rejectsUnterminatedQuote() {
        assertThatThrownBy(() -> CommandTokenizer.tokenize("aws x y --a 'abc"))
                .isInstanceOf(CommandException.class)
                .extracting(e -> ((CommandException) e).code()).isEqualTo("UnterminatedQuote");
    }

    @Test
    void dropsComments() {
        assertThat(CommandTokenizer.tokenize("aws s3 ls # list buckets")).containsExactly("aws", "s3", "ls");
    }
}
