package dev.awsmcp.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentSopToolsTest {
    private final SopLibrary library = SopLibrary.bundled();
    private final AgentSopTools tools = new AgentSopTools(library);

    @Test
    void listsEverySopAsNameColonDescription() {
        List<String> lines = tools.retrieveAgentSop(null).lines().toList();

        assertThat(lines).hasSize(library.list().size());
        assertThat(lines).allMatch(l -> l.matches("[a-z0-9-]+ : \\S.*"));
        assertThat(lines).anyMatch(l -> l.startsWith("secure-s3-buckets : Creates an S3 bucket"));
        assertThat(tools.retrieveAgentSop("  ")).isEqualTo(tools.retrieveAgentSop(null));
    }

    @Test
    void returnsTheFullSopByName() {
        String text = tools.retrieveAgentSop("vpc-peering");

        assertThat(text).startsWith("# Connect Two VPCs with VPC Peering\n").contains("## Steps", "**Constraints:**");
        assertThat(text).isEqualTo(library.get("vpc-peering").markdown());
    }

    @Test
    void answersUnderTheRetrieveSkillAliasToo() {
        assertThat(tools.retrieveSkill("budgets-with-alerts")).isEqualTo(tools.retrieveAgentSop("budgets-with-alerts"));
        assertThat(tools.retrieveSkill(null)).isEqualTo(tools.retrieveAgentSop(null));
        assertThat(AgentSopTools.ALIAS_TOOL_NAME).isEqualTo("retrieve_skill");
    }

    @Test
    void rejectsAnUnknownNameWithAHint() {
        assertThatThrownBy(() -> tools.retrieveAgentSop("s3-security"))
                .isInstanceOfSatisfying(SopException.class, e -> assertThat(e.hint()).contains("secure-s3-buckets"));
    }
}
