package dev.awsmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.suggest.Suggester;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexSuggesterTest {
    @Test
    void answersFromTheSuggestionIndexWithUsageAndAccess() {
        IndexSuggester s = new IndexSuggester(Suggester::bundled, (task, limit) -> List.of());
        List<CommandSuggester.Suggestion> found = s.suggest("stop an ec2 instance", 5);
        assertThat(found).extracting(CommandSuggester.Suggestion::command).contains("aws ec2 stop-instances");
        CommandSuggester.Suggestion stop = found.stream().filter(f -> f.command().equals("aws ec2 stop-instances")).findFirst().orElseThrow();
        assertThat(stop.usage()).startsWith("aws ec2 stop-instances");
        assertThat(stop.details()).containsKeys("access", "requiredParameters");
    }

    @Test
    void fallsBackWhenTheIndexCannotBeOpened() {
        CommandSuggester.Suggestion keyword = new CommandSuggester.Suggestion("aws s3api list-buckets", "from keywords", 1);
        IndexSuggester s = new IndexSuggester(() -> {
            throw new IllegalStateException("index missing");
        }, (task, limit) -> List.of(keyword));
        assertThat(s.suggest("list buckets", 5)).containsExactly(keyword);
        assertThat(s.suggest("list buckets", 5)).containsExactly(keyword);
    }
}
