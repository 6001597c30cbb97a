package dev.awsmcp.command.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.ServiceSummary;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllOperationsTest {

    @Test
    void everyOperationHasAnArgumentTableWithUniqueNamesMappingBackToMembers() {
        ServiceCatalog catalog = ServiceCatalog.of(dev.awsmcp.model.ModelDataSource.classpath(), 4);
        int operations = 0;
        for (ServiceSummary s : catalog.services()) {
            ServiceModel m = catalog.model(s);
            for (Operation op : m.operations().values()) {
                ArgumentTable t = ArgumentTable.forOperation(s.cliName(), op.cliName(), m, op);
                Map<String, String> memberByArg = new HashMap<>();
                for (CliArgument a : t.all()) {
                    assertThat(a.name()).as(s.cliName() + " " + op.cliName()).matches("[a-z0-9][a-z0-9-]*");
                    if (a.binder() == ModelBinder.INSTANCE && !a.hidden()) {
                        String previous = memberByArg.put(a.name(), a.serializedName());
                        assertThat(previous).as(s.cliName() + " " + op.cliName() + " --" + a.name()).isNull();
                        assertThat(op.inputMembers()).containsKey(a.serializedName());
                    }
                }
                operations++;
            }
        }
        assertThat(operations).isGreaterThan(18_000);
    }
}
