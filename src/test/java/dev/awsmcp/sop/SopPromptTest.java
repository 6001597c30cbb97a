package dev.awsmcp.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SopPromptTest {
    private final SopPrompt prompt = new SopPrompt(SopParser.parse("rotate-access-keys", "x.md", SopParserTest.GOOD));

    @Test
    void exposesTheSopParametersAsPromptArguments() {
        assertThat(prompt.name()).isEqualTo("rotate-access-keys");
        assertThat(prompt.title()).isEqualTo("Rotate Access Keys");
        assertThat(prompt.description()).startsWith("Replaces an IAM user's access key");
        assertThat(prompt.arguments()).containsExactly(
                new SopPrompt.Argument("user_name", "The IAM user.", true),
                new SopPrompt.Argument("region", "Region for the checks, continued on a second line. (default: us-east-1)", false));
    }

    @Test
    void rendersTheSopWithValuesAndDefaultsSubstituted() {
        String text = prompt.render(Map.of("user_name", "alice"));

        assertThat(text).startsWith("Follow this standard operating procedure step by step.");
        assertThat(text).contains("Parameters:\n- user_name = alice\n- region = us-east-1\n");
        assertThat(text).contains("aws iam list-access-keys --user-name alice", "skip this step in us-east-1");
        assertThat(text).doesNotContain("${");
    }

    @Test
    void leavesOptionalParametersWithoutValueForTheAgentToDecide() {
        Sop sop = SopLibrary.bundled().get("launch-ec2-instance-best-practices");

        String text = new SopPrompt(sop).render(Map.of("region", "eu-west-1", "vpc_id", "vpc-1", "subnet_id", "subnet-1",
                "instance_name", "web"));

        assertThat(text).contains("- instance_type = t3.micro", "- ami_id: not given (", "--image-id ${ami_id}",
                "--subnet-ids subnet-1");
    }

    @Test
    void refusesToRenderWithoutARequiredArgument() {
        assertThatThrownBy(() -> prompt.render(Map.of("region", "eu-west-1")))
                .isInstanceOfSatisfying(SopException.class, e -> {
                    assertThat(e.code()).isEqualTo(SopException.BAD_ARGUMENTS);
                    assertThat(e.getMessage()).contains("user_name");
                });
        assertThatThrownBy(() -> prompt.render(Map.of("user_name", " "))).hasMessageContaining("user_name");
    }

    @Test
    void refusesAnArgumentTheSopDoesNotDeclare() {
        assertThatThrownBy(() -> prompt.render(Map.of("user_name", "alice", "username", "bob")))
                .isInstanceOfSatisfying(SopException.class, e -> assertThat(e.hint()).contains("user_name", "region"));
    }

    @Test
    void everyBundledSopIsAPromptWhoseArgumentsAreItsParameters() {
        SopLibrary library = SopLibrary.bundled();
        List<SopPrompt> prompts = SopPrompt.all(library);

        assertThat(prompts).hasSize(library.list().size());
        for (SopPrompt p : prompts) {
            assertThat(p.arguments()).extracting(SopPrompt.Argument::name)
                    .containsExactlyElementsOf(p.sop().parameters().stream().map(SopParameter::name).toList());
            assertThat(p.arguments()).extracting(SopPrompt.Argument::required)
                    .containsExactlyElementsOf(p.sop().parameters().stream().map(SopParameter::required).toList());
            assertThat(p.description()).isNotBlank();
        }
    }
}
