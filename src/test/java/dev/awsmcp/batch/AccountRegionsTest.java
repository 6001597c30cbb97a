package dev.awsmcp.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.mcp.FakeAwsMcp;
import dev.awsmcp.regions.RegionCatalog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountRegionsTest {
    @Test
    void asksDescribeRegionsOncePerProfile() {
        FakeAwsMcp aws = new FakeAwsMcp(true);
        AccountRegions regions = new AccountRegions(aws, RegionCatalog::bundled, "eu-west-1");
        assertThat(regions.enabledRegions(null)).containsExactly("eu-west-1", "us-east-1");
        regions.enabledRegions(null);
        regions.enabledRegions("dev team");
        assertThat(aws.executed).containsExactly(
                "aws ec2 describe-regions --query Regions[].RegionName --output json --region eu-west-1",
                "aws ec2 describe-regions --query Regions[].RegionName --output json --profile 'dev team' --region eu-west-1");
    }

    @Test
    void fallsBackToTheRegionsEveryAccountHas() {
        FakeAwsMcp failing = new FakeAwsMcp(true) {
            @Override
            public CommandResult execute(String command, ExecutionContext context) {
                return new CommandResult(command, "ec2", "describe-regions", 253, null, "",
                        new ErrorInfo("NoCredentials", "No credentials.", null), null, List.of(), 0, Duration.ZERO);
            }
        };
        List<String> regions = new AccountRegions(failing, RegionCatalog::bundled, null).enabledRegions(null);
        assertThat(regions).contains("us-east-1", "eu-west-1", "ap-northeast-1").doesNotContain("af-south-1", "aws-global");
    }

    @Test
    void picksThePartitionOfTheDefaultRegion() {
        assertThat(AccountRegions.partitionDefaults(RegionCatalog.bundled(), "cn-north-1")).contains("cn-north-1", "cn-northwest-1")
                .doesNotContain("us-east-1");
    }
}
