package dev.awsmcp.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.regions.Availability;
import dev.awsmcp.regions.AvailabilityStatus;
import dev.awsmcp.regions.OptInStatus;
import dev.awsmcp.regions.RegionCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionToolsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A runner that answers commands by prefix with canned JSON or errors, and records what it was asked. */
    private static final class FakeAws implements AwsCommandRunner {
        final Map<String, CommandResult> answers = new LinkedHashMap<>();
        final List<String> asked = new ArrayList<>();

        FakeAws answer(String commandPrefix, String json) {
            try {
                JsonNode node = JSON.readTree(json);
                answers.put(commandPrefix, new CommandResult(commandPrefix, null, null, 0, node, json, null, null,
                        List.of(), 200, Duration.ZERO));
            } catch (Exception e) {
                throw new IllegalArgumentException(e);
            }
            return this;
        }

        FakeAws fail(String commandPrefix, int exit, String code, String message) {
            answers.put(commandPrefix, new CommandResult(commandPrefix, null, null, exit, null, "",
                    new ErrorInfo(code, message, null), null, List.of(), 400, Duration.ZERO));
            return this;
        }

        @Override
        public CommandResult run(String commandLine) {
            asked.add(commandLine);
            return answers.entrySet().stream().filter(e -> commandLine.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElseGet(() -> new CommandResult(commandLine, null, null, 0,
                            JSON.createObjectNode().set("Parameters", JSON.createArrayNode()), "", null, null, List.of(),
                            200, Duration.ZERO));
        }
    }

    private static RegionTools tools(AwsCommandRunner runner) {
        return new RegionTools(RegionCatalog.bundled(), ServiceCatalog.bundled(), runner, "us-east-1");
    }

    private static Availability in(AvailabilityReport report, String resource, String region) {
        return report.results().stream().filter(a -> a.service().equals(resource) && a.region().equals(region))
                .findFirst().orElseThrow(() -> new AssertionError("no answer for " + resource + " in " + region));
    }

    @Test
    void listsRegionsOfEveryPartitionFromBundledData() {
        RegionListing listing = tools(null).listRegions(false);

        assertThat(listing.source()).isEqualTo(RegionCatalog.BUNDLED_PARTITIONS);
        assertThat(listing.regions()).extracting(RegionEntry::partition).contains("aws", "aws-cn", "aws-us-gov");
        RegionEntry ireland = listing.regions().stream().filter(r -> r.id().equals("eu-west-1")).findFirst().orElseThrow();
        assertThat(ireland.name()).isEqualTo("Europe (Ireland)");
        assertThat(ireland.optIn()).isEqualTo(OptInStatus.NOT_REQUIRED);
        assertThat(ireland.accountStatus()).isNull();
        assertThat(ireland.usable()).isTrue();
    }

    @Test
    void refinesRegionsWithThisAccountsStatusesLive() {
        FakeAws aws = new FakeAws().answer("aws account list-regions", """
                {"Regions":[{"RegionName":"af-south-1","RegionOptStatus":"DISABLED"},
                            {"RegionName":"eu-south-1","RegionOptStatus":"ENABLED"},
                            {"RegionName":"eu-west-1","RegionOptStatus":"ENABLED_BY_DEFAULT"}]}""");

        RegionListing listing = tools(aws).listRegions(true);

        assertThat(aws.asked).containsExactly("aws account list-regions --region us-east-1 --output json");
        assertThat(listing.source()).isEqualTo("bundled partitions data + account:ListRegions (live)");
        assertThat(listing.note()).isNull();
        Map<String, RegionEntry> byId = new LinkedHashMap<>();
        listing.regions().forEach(r -> byId.put(r.id(), r));
        assertThat(byId.get("af-south-1").accountStatus()).isEqualTo("DISABLED");
        assertThat(byId.get("af-south-1").usable()).isFalse();
        assertThat(byId.get("eu-south-1").optIn()).isEqualTo(OptInStatus.OPT_IN_REQUIRED);
        assertThat(byId.get("eu-south-1").usable()).isTrue();
        assertThat(byId.get("cn-north-1").accountStatus()).isNull();
    }

    @Test
    void fallsBackToBundledRegionsAndSaysWhyWhenTheLiveCallFails() {
        FakeAws aws = new FakeAws().fail("aws account list-regions", 253, "NoCredentials", "Unable to locate credentials.");

        RegionListing listing = tools(aws).listRegions(true);

        assertThat(listing.source()).isEqualTo(RegionCatalog.BUNDLED_PARTITIONS);
        assertThat(listing.note()).contains("not included", "NoCredentials: Unable to locate credentials.");
        assertThat(listing.regions()).allMatch(r -> r.accountStatus() == null);
    }

    @Test
    void answersServiceAvailabilityFromSsmPublicParametersLive() {
        FakeAws aws = new FakeAws().answer("aws ssm get-parameters-by-path --path /aws/service/global-infrastructure/services/lambda/regions", """
                {"Parameters":[{"Name":"/aws/service/global-infrastructure/services/lambda/regions/eu-west-1","Type":"String","Value":"eu-west-1","Version":1},
                               {"Name":"/aws/service/global-infrastructure/services/lambda/regions/us-east-1","Type":"String","Value":"us-east-1","Version":1}]}""");

        AvailabilityReport report = tools(aws).regionalAvailability("service", List.of("eu-west-1", "ap-east-1"), List.of("lambda"), true);

        assertThat(report.sources()).containsExactly(LiveRegionData.SSM_SOURCE);
        assertThat(in(report, "lambda", "eu-west-1").status()).isEqualTo(AvailabilityStatus.AVAILABLE);
        assertThat(in(report, "lambda", "ap-east-1").status()).isEqualTo(AvailabilityStatus.NOT_AVAILABLE);
        assertThat(in(report, "lambda", "ap-east-1").source()).isEqualTo(LiveRegionData.SSM_SOURCE);
    }

    @Test
    void usesBundledDataForAServiceSsmDoesNotKnow() {
        FakeAws aws = new FakeAws();

        AvailabilityReport report = tools(aws).regionalAvailability("service", List.of("eu-west-1"), List.of("ec2"), true);

        assertThat(aws.asked).allMatch(c -> c.startsWith("aws ssm get-parameters-by-path --path /aws/service/global-infrastructure/services/"));
        assertThat(in(report, "ec2", "eu-west-1").source()).isEqualTo(RegionCatalog.BUNDLED_ENDPOINTS);
        assertThat(in(report, "ec2", "eu-west-1").available()).isTrue();
        assertThat(report.note()).contains("SSM lists no service named like ec2");
    }

    @Test
    void answersOfflineWithoutARunner() {
        AvailabilityReport report = tools(null).regionalAvailability("service", List.of("eu-west-1", "cn-north-1"),
                List.of("lambda"), true);

        assertThat(report.sources()).containsExactly(RegionCatalog.BUNDLED_ENDPOINTS);
        assertThat(in(report, "lambda", "eu-west-1").available()).isTrue();
    }

    @Test
    void listsTheServicesOfARegionWhenNoServiceIsNamed() {
        FakeAws aws = new FakeAws().answer("aws ssm get-parameters-by-path --path /aws/service/global-infrastructure/regions/eu-west-1/services", """
                {"Parameters":[{"Name":"/aws/service/global-infrastructure/regions/eu-west-1/services/athena","Value":"athena"},
                               {"Name":"/aws/service/global-infrastructure/regions/eu-west-1/services/ec2","Value":"ec2"}]}""");

        AvailabilityReport live = tools(aws).regionalAvailability("service", List.of("eu-west-1"), List.of(), true);
        AvailabilityReport offline = tools(null).regionalAvailability("service", List.of("eu-west-1"), null, false);

        assertThat(live.results()).extracting(Availability::service).containsExactly("athena", "ec2");
        assertThat(offline.results()).hasSizeGreaterThan(100).allMatch(Availability::available);
    }

    @Test
    void answersApiAvailabilityFromItsServiceAndSaysSo() {
        FakeAws aws = new FakeAws().answer("aws ssm get-parameters-by-path --path /aws/service/global-infrastructure/services/dynamodb/regions",
                "{\"Parameters\":[{\"Value\":\"eu-west-1\"}]}");

        AvailabilityReport live = tools(aws).regionalAvailability("api", List.of("eu-west-1", "me-south-1"),
                List.of("dynamodb:DescribeTable"), true);
        AvailabilityReport offline = tools(null).regionalAvailability("api", List.of("eu-west-1"),
                List.of("dynamodb describe-table"), false);

        assertThat(live.results()).extracting(Availability::status)
                .containsExactly(AvailabilityStatus.AVAILABLE, AvailabilityStatus.NOT_AVAILABLE);
        assertThat(live.results().get(0).note()).contains("no source lists single APIs");
        assertThat(offline.results()).singleElement().satisfies(a -> {
            assertThat(a.api()).isEqualTo("DescribeTable");
            assertThat(a.source()).isEqualTo(RegionCatalog.BUNDLED_ENDPOINTS);
        });
    }

    @Test
    void checksCloudFormationTypesInTheRegistryLive() {
        FakeAws aws = new FakeAws()
                .answer("aws cloudformation describe-type --type RESOURCE --type-name AWS::EC2::Instance --region eu-west-1",
                        "{\"TypeName\":\"AWS::EC2::Instance\",\"Type\":\"RESOURCE\"}")
                .fail("aws cloudformation describe-type --type RESOURCE --type-name AWS::EC2::Instance --region us-isob-east-1",
                        254, "TypeNotFoundException", "The type does not exist.");

        AvailabilityReport report = tools(aws).regionalAvailability("cfn", List.of("eu-west-1", "us-isob-east-1"),
                List.of("AWS::EC2::Instance"), true);

        assertThat(report.sources()).containsExactly(LiveRegionData.CFN_SOURCE);
        assertThat(report.results()).extracting(Availability::status)
                .containsExactly(AvailabilityStatus.AVAILABLE, AvailabilityStatus.NOT_AVAILABLE);
    }

    @Test
    void approximatesCloudFormationTypesOfflineAndSaysSo() {
        AvailabilityReport report = tools(null).regionalAvailability("cfn", List.of("eu-west-1"),
                List.of("AWS::Lambda::Function", "AWS::Nonexistent::Thing"), false);

        assertThat(in(report, "AWS::Lambda::Function", "eu-west-1").available()).isTrue();
        assertThat(in(report, "AWS::Lambda::Function", "eu-west-1").note()).startsWith("Approximation");
        assertThat(in(report, "AWS::Nonexistent::Thing", "eu-west-1").status()).isEqualTo(AvailabilityStatus.UNKNOWN);
    }

    @Test
    void everyLiveCommandBindsWithTheCommandParser() {
        FakeAws aws = new FakeAws();
        RegionTools tools = tools(aws);
        tools.listRegions(true);
        tools.regionalAvailability("service", List.of("eu-west-1"), List.of("s3api"), true);
        tools.regionalAvailability("service", List.of("eu-west-1"), List.of(), true);
        tools.regionalAvailability("cfn", List.of("eu-west-1"), List.of("AWS::S3::Bucket"), true);
        CommandParser parser = new CommandParser(ServiceCatalog.bundled(), FileReader.denyAll());

        assertThat(aws.asked).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(c -> assertThat(parser.parse(c)).isInstanceOf(BoundCall.class));
    }

    @Test
    void rejectsBadArgumentsWithAHint() {
        RegionTools tools = tools(null);

        assertThatThrownBy(() -> tools.regionalAvailability("lambda", List.of(), List.of(), false))
                .isInstanceOfSatisfying(RegionToolException.class, e -> assertThat(e.hint()).contains("service, api or cfn"));
        assertThatThrownBy(() -> tools.regionalAvailability("service", List.of("eu-west-9"), List.of("ec2"), false))
                .hasMessageContaining("Unknown region 'eu-west-9'");
        assertThatThrownBy(() -> tools.regionalAvailability("api", List.of("eu-west-1"), List.of(), false))
                .hasMessageContaining("needs filters");
        assertThatThrownBy(() -> tools.regionalAvailability("api", List.of("eu-west-1"), List.of("dynamodb:Nope"), false))
                .isInstanceOf(RegionToolException.class).hasMessageContaining("Nope");
        assertThatThrownBy(() -> tools.regionalAvailability("cfn", List.of("eu-west-1"), List.of("EC2 Instance"), false))
                .hasMessageContaining("not a CloudFormation resource type");
        assertThatThrownBy(() -> tools(new FakeAws()).regionalAvailability("cfn", List.of(), List.of("AWS::EC2::Instance", "AWS::S3::Bucket"), true))
                .hasMessageContaining("live calls");
    }
}
