package dev.awsmcp.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SopParserTest {
    static final String GOOD = """
            # Rotate Access Keys

            ## Overview

            Replaces an IAM user's access key without downtime. Use it every 90 days.

            Second paragraph with details.

            ## Parameters

            - **user_name** (required): The IAM user.
            - **region** (optional, default: us-east-1): Region for the checks,
              continued on a second line.

            ## Steps

            ### 1. List the keys

            ```bash
            aws iam list-access-keys --user-name ${user_name}
            # a comment, not a heading
            ## also not a section
            ```

            **Constraints:**
            - You MUST check that the user has at most one active key.
            - You MUST NOT delete a key in this step because the application still uses it.

            ### 2. Create the new key

            Text before the constraints.

            **Constraints:**
            - You SHOULD hand the key over through a secrets store,
              never by email.
            - You MAY skip this step in ${region} when the user has no keys.

            ## Examples

            "Rotate alice's key": list, create, switch, deactivate, delete.

            ## Troubleshooting

            - **LimitExceeded**: the user already has two keys.
            """;

    private static Sop parse(String text) {
        return SopParser.parse("rotate-access-keys", "sops/rotate-access-keys.md", text);
    }

    private static List<String> problems(String text) {
        try {
            parse(text);
        } catch (SopException e) {
            assertThat(e.code()).isEqualTo(SopException.MALFORMED);
            return e.problems().stream().map(SopProblem::toString).toList();
        }
        throw new AssertionError("expected the SOP to be rejected");
    }

    @Test
    void parsesAWellFormedSop() {
        Sop sop = parse(GOOD);

        assertThat(sop.name()).isEqualTo("rotate-access-keys");
        assertThat(sop.title()).isEqualTo("Rotate Access Keys");
        assertThat(sop.description()).isEqualTo("Replaces an IAM user's access key without downtime. Use it every 90 days.");
        assertThat(sop.overview()).contains("Second paragraph");
        assertThat(sop.parameters()).containsExactly(
                new SopParameter("user_name", true, null, "The IAM user."),
                new SopParameter("region", false, "us-east-1", "Region for the checks, continued on a second line."));
        assertThat(sop.steps()).extracting(SopStep::number, SopStep::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "List the keys"),
                        org.assertj.core.groups.Tuple.tuple(2, "Create the new key"));
        assertThat(sop.steps().get(0).body()).contains("aws iam list-access-keys", "## also not a section");
        assertThat(sop.steps().get(0).constraints()).hasSize(2);
        assertThat(sop.steps().get(1).constraints().get(0))
                .isEqualTo("You SHOULD hand the key over through a secrets store, never by email.");
        assertThat(sop.examples()).startsWith("\"Rotate alice's key\"");
        assertThat(sop.troubleshooting()).contains("LimitExceeded");
        assertThat(sop.markdown()).isEqualTo(GOOD);
        assertThat(sop.source()).isEqualTo("sops/rotate-access-keys.md");
    }

    @Test
    void reportsAMissingTitleOnLineOne() {
        assertThat(problems(GOOD.replace("# Rotate Access Keys\n", "Rotate Access Keys\n")))
                .contains("sops/rotate-access-keys.md:1: the first line must be '# Title'");
    }

    @Test
    void reportsAnUnknownSectionWithItsLine() {
        assertThat(problems(GOOD.replace("## Examples", "## Notes")))
                .anyMatch(p -> p.startsWith("sops/rotate-access-keys.md:38: unknown section '## Notes'"));
    }

    @Test
    void reportsSectionsOutOfOrderAndMissingRequiredSections() {
        String swapped = GOOD.replace("## Overview", "## TEMP").replace("## Parameters", "## Overview").replace("## TEMP", "## Parameters");
        assertThat(problems(swapped)).anyMatch(p -> p.contains(":9: section '## Overview' must come before '## Parameters'"));

        String noSteps = GOOD.substring(0, GOOD.indexOf("## Steps")) + GOOD.substring(GOOD.indexOf("## Examples"));
        assertThat(problems(noSteps)).anyMatch(p -> p.contains(":1: missing required section '## Steps'"));
    }

    @Test
    void reportsMalformedAndContradictoryParameters() {
        assertThat(problems(GOOD.replace("- **user_name** (required): The IAM user.", "- user_name: The IAM user.")))
                .anyMatch(p -> p.startsWith("sops/rotate-access-keys.md:11: expected a parameter like"));
        assertThat(problems(GOOD.replace("(required): The IAM user.", "(required, default: bob): The IAM user.")))
                .anyMatch(p -> p.contains(":11: required parameter 'user_name' cannot have a default"));
        assertThat(problems(GOOD.replace("- **region** (optional", "- **user_name** (optional")))
                .anyMatch(p -> p.contains(":12: duplicate parameter 'user_name'"));
    }

    @Test
    void reportsStepNumberingGapsAndBadStepHeadings() {
        assertThat(problems(GOOD.replace("### 2. Create", "### 3. Create")))
                .anyMatch(p -> p.contains(":29: step numbered 3 where 2 was expected"));
        assertThat(problems(GOOD.replace("### 2. Create the new key", "### Create the new key")))
                .anyMatch(p -> p.contains(":29: expected a step heading like '### 2. Name'"));
    }

    @Test
    void requiresConstraintsWithRfc2119Keywords() {
        assertThat(problems(GOOD.replace("Text before the constraints.\n\n**Constraints:**", "Text before the constraints.\n\n**Rules:**")))
                .anyMatch(p -> p.contains(":29: step 2 has no '**Constraints:**' list"));
        assertThat(problems(GOOD.replace("- You MUST check that the user", "- Check that the user")))
                .anyMatch(p -> p.contains(":26: constraint without an RFC 2119 keyword"));
    }

    @Test
    void requiresEveryMustNotToGiveItsReason() {
        assertThat(problems(GOOD.replace(" because the application still uses it.", ".")))
                .containsExactly("sops/rotate-access-keys.md:27: a MUST NOT must give its reason ('You MUST NOT ... because ...'): "
                        + "'You MUST NOT delete a key in this step.'");
        assertThat(problems(GOOD.replace("Use it every 90 days.", "You MUST NOT use it for root.")))
                .anyMatch(p -> p.contains(":5: a MUST NOT must give its reason"));
    }

    @Test
    void requiresPlaceholdersToBeDeclaredParameters() {
        assertThat(problems(GOOD.replace("--user-name ${user_name}", "--user-name ${username}")))
                .containsExactly("sops/rotate-access-keys.md:20: placeholder '${username}' is not declared in ## Parameters");
    }

    @Test
    void reportsAnUnclosedCodeBlockWhereItOpens() {
        String unclosed = GOOD.substring(0, GOOD.indexOf("# a comment")) + "\n";
        assertThat(problems(unclosed)).anyMatch(p -> p.contains(":19: code block opened here is never closed"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String broken = GOOD.replace("(required): The IAM user.", "(mandatory): The IAM user.")
                .replace("### 2. Create", "### 5. Create")
                .replace("## Troubleshooting", "## Notes");

        List<String> problems = problems(broken);

        assertThat(problems).hasSize(3);
        assertThatThrownBy(() -> parse(broken)).hasMessageContaining("3 problems").hasMessageContaining(":11:")
                .hasMessageContaining(":29:").hasMessageContaining(":42:");
    }

    @Test
    void rejectsANameThatIsNotKebabCase() {
        assertThatThrownBy(() -> SopParser.parse("Rotate_Keys", "x/Rotate_Keys.md", GOOD))
                .isInstanceOfSatisfying(SopException.class, e -> assertThat(e.problems()).singleElement().asString()
                        .isEqualTo("x/Rotate_Keys.md: the SOP name 'Rotate_Keys' must be kebab-case (lowercase letters, digits and single hyphens)"));
    }

    @Test
    void describesWithTheFirstTwoSentencesOfTheOverview() {
        assertThat(SopParser.describe("One. Two. Three.\n\nMore.")).isEqualTo("One. Two.");
        assertThat(SopParser.describe("x".repeat(300))).hasSize(240).endsWith("...");
    }
}
