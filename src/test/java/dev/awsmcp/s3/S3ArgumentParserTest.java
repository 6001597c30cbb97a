package dev.awsmcp.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsmcp.command.CommandException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** argparse behaviour of the {@code aws s3} subcommands. */
class S3ArgumentParserTest {
    private static S3Args parse(String sub, String... words) {
        return S3ArgumentParser.parse(sub, List.of(words));
    }

    @Test
    void takesOptionsAnywhereAndKeepsFiltersInOrder() {
        S3Args a = parse("sync", "--exclude", "*", "src", "--include=*.txt", "s3://b/", "--delete");

        assertThat(a.paths()).containsExactly("src", "s3://b/");
        assertThat(a.filters()).containsExactly(new FilterRule(false, "*"), new FilterRule(true, "*.txt"));
        assertThat(a.flag("delete")).isTrue();
    }

    @Test
    void anOptionalValueTakesTheNextWordUnlessItIsAnOption() {
        assertThat(parse("cp", "a", "s3://b/", "--sse").value("sse")).isEqualTo("AES256");
        assertThat(parse("cp", "a", "s3://b/", "--sse", "--quiet").value("sse")).isEqualTo("AES256");
        assertThat(parse("cp", "a", "s3://b/", "--sse", "aws:kms").value("sse")).isEqualTo("aws:kms");
    }

    @Test
    void anOptionalValueSwallowsAFollowingPathLikeArgparse() {
        assertThatThrownBy(() -> parse("cp", "--sse", "a", "s3://b/"))
                .isInstanceOf(CommandException.class)
                .hasMessage("argument --sse: invalid choice: 'a' (choose from 'AES256', 'aws:kms').");
    }

    @Test
    void rejectsAValueOutsideTheChoices() {
        assertThatThrownBy(() -> parse("cp", "a", "s3://b/", "--acl", "everyone"))
                .hasMessageStartingWith("argument --acl: invalid choice: 'everyone'");
    }

    @Test
    void rejectsAMissingValue() {
        assertThatThrownBy(() -> parse("cp", "a", "s3://b/", "--content-type"))
                .hasMessage("argument --content-type: expected one argument.");
    }

    @Test
    void rejectsAnAmbiguousPrefix() {
        assertThatThrownBy(() -> parse("cp", "a", "s3://b/", "--sse-c-c", "x"))
                .hasMessageStartingWith("ambiguous option: --sse-c-c could match --sse-c-copy-source, --sse-c-copy-source-key");
    }

    @Test
    void rejectsANonIntegerPageSize() {
        assertThatThrownBy(() -> parse("ls", "s3://b", "--page-size", "ten"))
                .hasMessage("argument --page-size: invalid int value: 'ten'.");
    }

    @Test
    void reportsExtraPathsAsUnknownOptions() {
        assertThatThrownBy(() -> parse("rm", "s3://b/a", "s3://b/c"))
                .isInstanceOf(CommandException.class).hasMessage("Unknown options: s3://b/c.");
    }

    @Test
    void requiresThePaths() {
        assertThatThrownBy(() -> parse("cp", "s3://b/a"))
                .hasMessage("the following arguments are required: paths.");
    }

    @Test
    void readsMetadataAsShorthandOrJson() {
        assertThat(parse("cp", "a", "s3://b/", "--metadata", "k1=v1,k2=v2").metadata().toString())
                .isEqualTo("{\"k1\":\"v1\",\"k2\":\"v2\"}");
        assertThat(parse("cp", "a", "s3://b/", "--metadata", "{\"k\":\"v\"}").metadata().toString())
                .isEqualTo("{\"k\":\"v\"}");
    }

    @Test
    void readsRepeatedTagPairs() {
        S3Args a = parse("mb", "s3://b", "--tags", "k1", "v1", "--tags", "k2", "v2");

        assertThat(a.tags()).containsExactly(List.of("k1", "v1"), List.of("k2", "v2"));
    }

    @Test
    void rejectsAnOptionOfAnotherSubcommand() {
        assertThatThrownBy(() -> parse("rm", "s3://b/a", "--delete"))
                .hasMessage("Unknown options: --delete.");
    }
}
