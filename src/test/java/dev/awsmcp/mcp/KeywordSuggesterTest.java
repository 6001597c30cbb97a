package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.model.ServiceCatalog;
import org.junit.jupiter.api.Test;

class KeywordSuggesterTest {
    private final KeywordSuggester suggester = new KeywordSuggester(ServiceCatalog.bundled());

    @Test
    void findsListBucketsForS3Buckets() {
        assertThat(suggester.suggest("list my S3 buckets", 3)).extracting(CommandSuggester.Suggestion::command)
                .first().isEqualTo("aws s3api list-buckets");
    }

    @Test
    void mapsShowToDescribe() {
        assertThat(suggester.suggest("show ec2 instances", 5)).extracting(CommandSuggester.Suggestion::command)
                .contains("aws ec2 describe-instances");
    }

    @Test
    void returnsNothingForUnrelatedWords() {
        assertThat(suggester.suggest("bake a cake", 5)).isEmpty();
    }
}
