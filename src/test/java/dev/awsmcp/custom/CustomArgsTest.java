package dev.awsmcp.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsmcp.command.CommandException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The BasicCommand-style argument parsing of the customizations. */
class CustomArgsTest {
    private static final Set<String> KNOWN = Set.of("hostname", "port", "username");
    private static final List<String> REQUIRED = List.of("hostname", "port", "username");

    @Test
    void acceptsSpaceAndEqualsFormsAndTheLastRepeatWins() {
        CustomArgs a = CustomArgs.parse("rds generate-db-auth-token",
                List.of("--hostname=h1", "--port", "5432", "--username", "u", "--hostname", "h2"), KNOWN, REQUIRED);
        assertThat(a.required("hostname")).isEqualTo("h2");
        assertThat(a.required("port")).isEqualTo("5432");
    }

    @Test
    void listsEveryMissingRequiredOption() {
        assertThatThrownBy(() -> CustomArgs.parse("rds generate-db-auth-token", List.of("--port", "1"), KNOWN, REQUIRED))
                .isInstanceOf(CommandException.class)
                .hasMessage("the following arguments are required: --hostname, --username");
    }

    @Test
    void reportsUnknownOptionsLikeTheCli() {
        assertThatThrownBy(() -> CustomArgs.parse("ecr get-login-password", List.of("--registry-ids", "1"), Set.of(),
                List.of())).isInstanceOf(CommandException.class).hasMessage("Unknown options: --registry-ids,1");
    }

    @Test
    void anOptionWithoutItsValueIsAnError() {
        assertThatThrownBy(() -> CustomArgs.parse("rds generate-db-auth-token", List.of("--hostname"), KNOWN, REQUIRED))
                .isInstanceOf(CommandException.class).hasMessage("argument --hostname: expected one argument");
    }
}
