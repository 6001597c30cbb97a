package dev.awsmcp.sop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.model.ServiceCatalog;
import org.junit.jupiter.api.Test;

class EnumCheckTest {
    private final CommandParser parser = new CommandParser(ServiceCatalog.bundled(), FileReader.denyAll());

    private BoundCall bind(String command) {
        return (BoundCall) parser.parse(command);
    }

    @Test
    void flagsAnEnumValueNestedInAShorthandList() {
        BoundCall call = bind("aws efs put-lifecycle-configuration --file-system-id fs-0a1b2c3d "
                + "--lifecycle-policies TransitionToIA=AFTER_31_DAYS");

        assertThat(EnumCheck.problems(call)).singleElement().asString()
                .contains("LifecyclePolicies[].TransitionToIA = 'AFTER_31_DAYS'", "AFTER_30_DAYS");
    }

    @Test
    void acceptsValidEnumsAtEveryDepth() {
        BoundCall call = bind("aws ec2 create-vpc --cidr-block 10.0.0.0/16 "
                + "--tag-specifications 'ResourceType=vpc,Tags=[{Key=Name,Value=prod}]' --instance-tenancy default");

        assertThat(EnumCheck.problems(call)).isEmpty();
    }
}
