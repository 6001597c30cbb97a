package dev.awsmcp.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Expected values come from AWS documentation: partition DNS suffixes (General Reference, "Service endpoints"),
 * region names, the opt-in rule (Account Management guide: regions launched after 20 March 2019 are opt-in),
 * Route 53 Domains being served from us-east-1 only, IAM's global endpoints.
 */
class RegionCatalogTest {
    private final RegionCatalog catalog = RegionCatalog.bundled();

    @Test
    void listsCommercialChinaGovCloudAndIsolatedPartitionsWithTheirDnsSuffixes() {
        assertThat(catalog.partition("aws")).get().extracting(PartitionInfo::dnsSuffix).isEqualTo("amazonaws.com");
        assertThat(catalog.partition("aws-cn")).get().extracting(PartitionInfo::dnsSuffix).isEqualTo("amazonaws.com.cn");
        assertThat(catalog.partition("aws-us-gov")).get().extracting(PartitionInfo::dnsSuffix).isEqualTo("amazonaws.com");
        assertThat(catalog.partition("aws-iso")).get().extracting(PartitionInfo::dnsSuffix).isEqualTo("c2s.ic.gov");
        assertThat(catalog.partition("aws-iso-b")).get().extracting(PartitionInfo::dnsSuffix).isEqualTo("sc2s.sgov.gov");
        assertThat(catalog.partitions()).extracting(PartitionInfo::id)
                .contains("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc");
        assertThat(catalog.partition("aws-cn").orElseThrow().regions()).containsExactly("cn-north-1", "cn-northwest-1");
        assertThat(catalog.partition("aws-us-gov").orElseThrow().name()).isEqualTo("AWS GovCloud (US)");
    }

    @Test
    void listsRegionsWithNameAndPartitionButNoPseudoRegions() {
        assertThat(catalog.region("eu-west-1")).get()
                .isEqualTo(new RegionInfo("eu-west-1", "Europe (Ireland)", "aws", OptInStatus.NOT_REQUIRED));
        assertThat(catalog.region("cn-north-1")).get()
                .isEqualTo(new RegionInfo("cn-north-1", "China (Beijing)", "aws-cn", OptInStatus.NOT_REQUIRED));
        assertThat(catalog.region("us-gov-west-1")).get().extracting(RegionInfo::name).isEqualTo("AWS GovCloud (US-West)");
        assertThat(catalog.region("us-iso-east-1")).get().extracting(RegionInfo::partition).isEqualTo("aws-iso");
        assertThat(catalog.regions()).extracting(RegionInfo::id).doesNotContain("aws-global", "aws-cn-global");
        assertThat(catalog.regions("aws")).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void marksRegionsLaunchedAfterMarch2019AsOptIn() {
        assertThat(catalog.region("af-south-1").orElseThrow().optIn()).isEqualTo(OptInStatus.OPT_IN_REQUIRED);
        assertThat(catalog.region("ap-east-1").orElseThrow().optIn()).isEqualTo(OptInStatus.OPT_IN_REQUIRED);
        assertThat(catalog.region("me-south-1").orElseThrow().optIn()).isEqualTo(OptInStatus.OPT_IN_REQUIRED);
        assertThat(catalog.region("eu-south-1").orElseThrow().optIn()).isEqualTo(OptInStatus.OPT_IN_REQUIRED);
        assertThat(catalog.region("eu-north-1").orElseThrow().optIn()).isEqualTo(OptInStatus.NOT_REQUIRED);
        assertThat(catalog.region("ap-northeast-3").orElseThrow().optIn()).isEqualTo(OptInStatus.NOT_REQUIRED);
        assertThat(catalog.region("us-east-1").orElseThrow().optIn()).isEqualTo(OptInStatus.NOT_REQUIRED);
        assertThat(catalog.region("us-iso-east-1").orElseThrow().optIn()).isEqualTo(OptInStatus.UNKNOWN);
        assertThat(catalog.regions("aws").stream().filter(r -> r.optIn() == OptInStatus.NOT_REQUIRED)).hasSize(17);
    }

    @Test
    void mapsRegionsNewerThanTheDataToAPartitionByPattern() {
        assertThat(catalog.partitionOf("us-east-9")).get().extracting(PartitionInfo::id).isEqualTo("aws");
        assertThat(catalog.partitionOf("cn-south-7")).get().extracting(PartitionInfo::id).isEqualTo("aws-cn");
        assertThat(catalog.partitionOf("us-isob-east-1")).get().extracting(PartitionInfo::id).isEqualTo("aws-iso-b");
        assertThat(catalog.partitionOf("moon-base-1")).isEmpty();
    }

    @Test
    void reportsAServiceAbsentFromARegionOfItsPartition() {
        List<Availability> r = catalog.serviceAvailability("route53domains", List.of("us-east-1", "eu-west-1"));
        assertThat(r.get(0).status()).isEqualTo(AvailabilityStatus.AVAILABLE);
        assertThat(r.get(0).endpoint()).isEqualTo("route53domains.us-east-1.amazonaws.com");
        assertThat(r.get(0).source()).isEqualTo(RegionCatalog.BUNDLED_ENDPOINTS);
        assertThat(r.get(1).status()).isEqualTo(AvailabilityStatus.NOT_AVAILABLE);
        assertThat(r.get(1).source()).isEqualTo("bundled endpoints data");
    }

    @Test
    void reportsAServiceAbsentFromAWholePartition() {
        Availability a = catalog.serviceAvailability("lightsail", List.of("cn-north-1")).get(0);
        assertThat(a.status()).isEqualTo(AvailabilityStatus.NOT_AVAILABLE);
        assertThat(a.note()).contains("aws-cn");
    }

    @Test
    void answersGlobalServicesWithThePartitionEndpoint() {
        List<Availability> r = catalog.serviceAvailability("iam", List.of("eu-west-1", "cn-north-1"));
        assertThat(r).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(AvailabilityStatus.AVAILABLE);
            assertThat(a.global()).isTrue();
        });
        assertThat(r.get(0).endpoint()).isEqualTo("iam.amazonaws.com");
        assertThat(r.get(1).endpoint()).isEqualTo("iam.cn-north-1.amazonaws.com.cn");
    }

    @Test
    void answersApiAvailabilityFromItsServiceAndSaysSo() {
        List<Availability> r = catalog.apiAvailability("dynamodb", "describe-table", List.of("cn-north-1", "us-gov-west-1"));
        assertThat(r).allSatisfy(a -> {
            assertThat(a.api()).isEqualTo("DescribeTable");
            assertThat(a.available()).isTrue();
            assertThat(a.note()).contains("per service, not per API");
        });
        assertThat(r.get(0).endpoint()).isEqualTo("dynamodb.cn-north-1.amazonaws.com.cn");
    }

    @Test
    void rejectsUnknownServicesAndOperationsWithAHint() {
        assertThatThrownBy(() -> catalog.serviceAvailability("ec3", List.of("us-east-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown service 'ec3'");
        assertThatThrownBy(() -> catalog.apiAvailability("ec2", "LaunchRocket", List.of("us-east-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no operation 'LaunchRocket'");
    }

    @Test
    void saysUnknownForARegionCodeNoPartitionMatches() {
        Availability a = catalog.serviceAvailability("ec2", List.of("mars-1")).get(0);
        assertThat(a.status()).isEqualTo(AvailabilityStatus.UNKNOWN);
        assertThat(a.source()).isEqualTo(RegionCatalog.BUNDLED_PARTITIONS);
    }

    @Test
    void saysUnknownForServicesTheEndpointDataDoesNotListUnlessAProbeAnswers() {
        assertThat(catalog.serviceAvailability("bedrock-runtime", List.of("us-east-1")).get(0).status())
                .isEqualTo(AvailabilityStatus.UNKNOWN);

        RegionCatalog refusing = catalog.withProbe((service, region) -> Optional.empty());
        Availability no = refusing.serviceAvailability("bedrock-runtime", List.of("us-east-1")).get(0);
        assertThat(no.status()).isEqualTo(AvailabilityStatus.NOT_AVAILABLE);
        assertThat(no.source()).isEqualTo(RegionCatalog.ENDPOINT_RULE_SET);

        RegionCatalog resolving = catalog.withProbe((service, region) -> Optional.of("https://" + service + "." + region + ".amazonaws.com"));
        Availability maybe = resolving.serviceAvailability("bedrock-runtime", List.of("us-east-1")).get(0);
        assertThat(maybe.status()).isEqualTo(AvailabilityStatus.UNKNOWN);
        assertThat(maybe.endpoint()).isEqualTo("https://bedrock-runtime.us-east-1.amazonaws.com");
    }

    @Test
    void resolvesLegacyEndpointsWithTheirCredentialScope() {
        LegacyEndpoint iam = catalog.legacyEndpoint("iam", "eu-west-1").orElseThrow();
        assertThat(iam.hostname()).isEqualTo("iam.amazonaws.com");
        assertThat(iam.signingRegion()).isEqualTo("us-east-1");
        assertThat(iam.global()).isTrue();
        LegacyEndpoint ec2 = catalog.legacyEndpoint("ec2", "eu-west-1").orElseThrow();
        assertThat(ec2.hostname()).isEqualTo("ec2.eu-west-1.amazonaws.com");
        assertThat(ec2.signingRegion()).isNull();
        assertThat(catalog.legacyEndpoint("ec2", "mars-1")).isEmpty();
    }

    @Test
    void listsTheRegionsWhereAServiceIsOffered() {
        assertThat(catalog.regionsWithService("route53domains")).containsExactly("us-east-1");
        assertThat(catalog.regionsWithService("ec2")).contains("eu-west-1", "cn-north-1", "us-gov-west-1");
    }
}
