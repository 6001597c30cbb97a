package dev.awsmcp.sop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.command.ParsedCommand;
import dev.awsmcp.model.ServiceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every {@code aws ...} command in every bundled SOP, with its {@code ${placeholders}} replaced by typed sample
 * values, binds with the command parser to a model operation: SOPs never teach a command, option, value syntax,
 * type that the AWS CLI would reject. Enum values are checked too (the parser, like botocore, leaves them to the
 * service). No file is read ({@link FileReader#denyAll()}).
 */
class SopCommandsParseTest {
    @Test
    void everyBundledCommandBindsWithTheCommandParser() {
        CommandParser parser = new CommandParser(ServiceCatalog.bundled(), FileReader.denyAll());
        Map<String, String> samples = SopSamples.values();
        List<String> failures = new ArrayList<>();
        int bound = 0;
        for (Sop sop : SopLibrary.bundled().list()) {
            for (SopCommands.Command c : SopCommands.extract(sop)) {
                List<String> missing = new ArrayList<>();
                String text = SopCommands.substitute(c.text(), samples, missing);
                if (!missing.isEmpty()) {
                    failures.add(c + "\n    no sample value for " + missing);
                    continue;
                }
                try {
                    ParsedCommand parsed = parser.parse(text);
                    if (parsed instanceof BoundCall call) {
                        bound++;
                        for (String problem : EnumCheck.problems(call)) {
                            failures.add(c + "\n    " + problem);
                        }
                    } else {
                        failures.add(c + "\n    parsed as " + parsed.kind() + ", not a model operation call");
                    }
                } catch (CommandException e) {
                    failures.add(c + "\n    " + e.code() + ": " + e.getMessage() + " Hint: " + e.hint());
                }
            }
        }
        assertThat(failures).as("%d commands bound", bound).isEmpty();
        assertThat(bound).isGreaterThan(150);
    }
}
