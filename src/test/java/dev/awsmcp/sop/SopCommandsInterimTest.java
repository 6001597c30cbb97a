package dev.awsmcp.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every {@code aws ...} command in every bundled SOP names a real service and operation, and only real options of
 * that operation (checked against the bundled models directly; the command-parser test binds them fully).
 */
class SopCommandsInterimTest {
    @Test
    void everyBundledCommandUsesRealOperationsAndOptions() {
        SopCommandModelCheck check = new SopCommandModelCheck();
        Map<String, String> samples = SopSamples.values();
        List<String> problems = new ArrayList<>();
        int commands = 0;
        for (Sop sop : SopLibrary.bundled().list()) {
            for (SopCommands.Command c : SopCommands.extract(sop)) {
                commands++;
                List<String> missing = new ArrayList<>();
                String text = SopCommands.substitute(c.text(), samples, missing);
                if (!missing.isEmpty()) {
                    problems.add(c + "\n    no sample value for " + missing);
                    continue;
                }
                for (String p : check.check(SopCommands.tokenize(text))) {
                    problems.add(c + "\n    " + p);
                }
            }
        }
        assertThat(problems).as("%d commands checked", commands).isEmpty();
        assertThat(commands).isGreaterThan(0);
    }
}
