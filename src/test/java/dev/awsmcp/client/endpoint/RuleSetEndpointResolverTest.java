package dev.awsmcp.client.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Expected URLs and signing facts come from the AWS SDKs' generated endpoint test vectors (aws-sdk-net
 * {@code *EndpointProviderTests.cs}, aws-sdk-ruby endpoint specs) and the AWS documentation (S3 virtual-hosted and
 * path-style URLs, IAM and STS global endpoints), not from this resolver's output.
 */
class RuleSetEndpointResolverTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ServiceCatalog CATALOG = ServiceCatalog.bundled();
    private static final RuleSetEndpointResolver RESOLVER = RuleSetEndpointResolver.create();

    static Stream<Arguments> regionalTable() {
        return Stream.of(
                // service, operation, region, fips, dualstack, url
                Arguments.of("ec2", "DescribeInstances", "us-east-1", false, false, "https://ec2.us-east-1.amazonaws.com"),
                Arguments.of("ec2", "DescribeInstances", "eu-west-1", false, false, "https://ec2.eu-west-1.amazonaws.com"),
                Arguments.of("ec2", "DescribeInstances", "cn-north-1", false, false, "https://ec2.cn-north-1.amazonaws.com.cn"),
                Arguments.of("ec2", "DescribeInstances", "us-gov-west-1", false, false, "https://ec2.us-gov-west-1.amazonaws.com"),
                Arguments.of("ec2", "DescribeInstances", "us-iso-east-1", false, false, "https://ec2.us-iso-east-1.c2s.ic.gov"),
                Arguments.of("ec2", "DescribeInstances", "us-isob-east-1", false, false, "https://ec2.us-isob-east-1.sc2s.sgov.gov"),
                Arguments.of("ec2", "DescribeInstances", "us-east-1", true, false, "https://ec2-fips.us-east-1.amazonaws.com"),
                Arguments.of("ec2", "DescribeInstances", "us-east-1", false, true, "https://ec2.us-east-1.api.aws"),
                Arguments.of("ec2", "DescribeInstances", "us-east-1", true, true, "https://ec2-fips.us-east-1.api.aws"),
                Arguments.of("ec2", "DescribeInstances", "cn-north-1", false, true, "https://ec2.cn-north-1.api.amazonwebservices.com.cn"),
                Arguments.of("ec2", "DescribeInstances", "us-gov-east-1", true, false, "https://ec2.us-gov-east-1.amazonaws.com"),
                Arguments.of("ec2", "DescribeInstances", "us-iso-east-1", true, false, "https://ec2-fips.us-iso-east-1.c2s.ic.gov"),
                Arguments.of("sqs", "ListQueues", "us-east-1", false, false, "https://sqs.us-east-1.amazonaws.com"),
                Arguments.of("sqs", "ListQueues", "eu-west-1", false, false, "https://sqs.eu-west-1.amazonaws.com"),
                Arguments.of("sqs", "ListQueues", "cn-north-1", false, false, "https://sqs.cn-north-1.amazonaws.com.cn"),
                Arguments.of("sqs", "ListQueues", "us-gov-west-1", false, false, "https://sqs.us-gov-west-1.amazonaws.com"),
                Arguments.of("sqs", "ListQueues", "us-east-1", true, false, "https://sqs-fips.us-east-1.amazonaws.com"),
                Arguments.of("dynamodb", "ListTables", "us-east-1", false, false, "https://dynamodb.us-east-1.amazonaws.com"),
                Arguments.of("dynamodb", "ListTables", "eu-west-1", false, false, "https://dynamodb.eu-west-1.amazonaws.com"),
                Arguments.of("dynamodb", "ListTables", "cn-north-1", false, false, "https://dynamodb.cn-north-1.amazonaws.com.cn"),
                Arguments.of("dynamodb", "ListTables", "us-gov-west-1", false, false, "https://dynamodb.us-gov-west-1.amazonaws.com"),
                Arguments.of("dynamodb", "ListTables", "us-gov-west-1", true, false, "https://dynamodb.us-gov-west-1.amazonaws.com"),
                Arguments.of("dynamodb", "ListTables", "us-east-1", true, false, "https://dynamodb-fips.us-east-1.amazonaws.com"),
                Arguments.of("dynamodb", "ListTables", "us-east-1", false, true, "https://dynamodb.us-east-1.api.aws"),
                Arguments.of("dynamodb", "ListTables", "cn-north-1", true, true, "https://dynamodb-fips.cn-north-1.api.amazonwebservices.com.cn"),
                Arguments.of("dynamodb", "ListTables", "us-iso-east-1", false, false, "https://dynamodb.us-iso-east-1.c2s.ic.gov"),
                Arguments.of("lambda", "ListFunctions", "us-east-1", false, false, "https://lambda.us-east-1.amazonaws.com"),
                Arguments.of("lambda", "ListFunctions", "eu-west-1", false, false, "https://lambda.eu-west-1.amazonaws.com"),
                Arguments.of("lambda", "ListFunctions", "cn-north-1", false, false, "https://lambda.cn-north-1.amazonaws.com.cn"),
                Arguments.of("lambda", "ListFunctions", "us-gov-west-1", false, false, "https://lambda.us-gov-west-1.amazonaws.com"),
                Arguments.of("lambda", "ListFunctions", "us-east-1", true, false, "https://lambda-fips.us-east-1.amazonaws.com"),
                Arguments.of("lambda", "ListFunctions", "us-east-1", false, true, "https://lambda.us-east-1.api.aws"));
    }

    @ParameterizedTest(name = "{0} {2} fips={3} dualstack={4} -> {5}")
    @MethodSource("regionalTable")
    void resolvesRegionalEndpointsAndSignsForTheRegion(String service, String operation, String region, boolean fips,
                                                        boolean dualStack, String url) {
        ResolvedEndpoint e = resolve(service, operation, "{}",
                EndpointSettings.builder(region).useFips(fips).useDualStack(dualStack).build());
        assertThat(e.url()).hasToString(url);
        assertThat(e.signingRegion()).isEqualTo(region);
        assertThat(e.signingName()).isEqualTo(CATALOG.model(service).orElseThrow().metadata().signingName());
        assertThat(e.authScheme()).isEqualTo("sigv4");
    }

    @Test
    void usesTheEndpointUrlOverrideAndDropsFipsAsTheCliDoes() {
        ResolvedEndpoint e = resolve("ec2", "DescribeInstances", "{}",
                EndpointSettings.builder("us-east-1").endpointUrl("http://localhost:4566").useFips(true).build());
        assertThat(e.url()).hasToString("http://localhost:4566");
        assertThat(e.signingRegion()).isEqualTo("us-east-1");
        assertThat(e.signingName()).isEqualTo("ec2");
    }

    @Test
    void treatsFipsPseudoRegionsAsTheRegionWithFipsOn() {
        ResolvedEndpoint suffix = resolve("ec2", "DescribeInstances", "{}", EndpointSettings.forRegion("us-east-1-fips"));
        assertThat(suffix.url()).hasToString("https://ec2-fips.us-east-1.amazonaws.com");
        assertThat(suffix.signingRegion()).isEqualTo("us-east-1");
        ResolvedEndpoint prefix = resolve("dynamodb", "ListTables", "{}", EndpointSettings.forRegion("fips-us-east-1"));
        assertThat(prefix.url()).hasToString("https://dynamodb-fips.us-east-1.amazonaws.com");
    }

    @Test
    void resolvesTheEndpointUrlOverrideWithoutARegion() {
        ResolvedEndpoint e = resolve("sqs", "ListQueues", "{}",
                EndpointSettings.builder(null).endpointUrl("http://localhost:9324").build());
        assertThat(e.url()).hasToString("http://localhost:9324");
    }

    @Test
    void sendsIamToItsGlobalEndpointSignedForThePartitionsHomeRegion() {
        assertIam("us-east-1", "https://iam.amazonaws.com", "us-east-1");
        assertIam("eu-west-1", "https://iam.amazonaws.com", "us-east-1");
        assertIam("cn-north-1", "https://iam.cn-north-1.amazonaws.com.cn", "cn-north-1");
        assertIam("us-gov-west-1", "https://iam.us-gov.amazonaws.com", "us-gov-west-1");
    }

    private static void assertIam(String region, String url, String signingRegion) {
        ResolvedEndpoint e = resolve("iam", "ListUsers", "{}", EndpointSettings.forRegion(region));
        assertThat(e.url()).hasToString(url);
        assertThat(e.signingRegion()).isEqualTo(signingRegion);
        assertThat(e.signingName()).isEqualTo("iam");
    }

    @Test
    void usesRegionalStsByDefaultAndTheGlobalEndpointInLegacyMode() {
        ResolvedEndpoint regional = resolve("sts", "GetCallerIdentity", "{}", EndpointSettings.forRegion("eu-west-1"));
        assertThat(regional.url()).hasToString("https://sts.eu-west-1.amazonaws.com");
        assertThat(regional.signingRegion()).isEqualTo("eu-west-1");

        ResolvedEndpoint legacy = resolve("sts", "GetCallerIdentity", "{}",
                EndpointSettings.builder("eu-west-1").useGlobalEndpoint(true).build());
        assertThat(legacy.url()).hasToString("https://sts.amazonaws.com");
        assertThat(legacy.signingRegion()).isEqualTo("us-east-1");
        assertThat(legacy.signingName()).isEqualTo("sts");

        // Regions launched after the global endpoint era stay regional even in legacy mode.
        ResolvedEndpoint optIn = resolve("sts", "GetCallerIdentity", "{}",
                EndpointSettings.builder("ap-east-1").useGlobalEndpoint(true).build());
        assertThat(optIn.url()).hasToString("https://sts.ap-east-1.amazonaws.com");
    }

    @Test
    void leavesUnauthenticatedOperationsUnsigned() {
        ResolvedEndpoint e = resolve("sts", "AssumeRoleWithWebIdentity", "{}", EndpointSettings.forRegion("eu-west-1"));
        assertThat(e.authScheme()).isEqualTo("none");
    }

    @Test
    void routesDynamoDbToTheAccountEndpointWhenTheAccountIsKnown() {
        ResolvedEndpoint preferred = resolve("dynamodb", "ListTables", "{}",
                EndpointSettings.builder("us-east-1").accountId("012345678901").build());
        assertThat(preferred.url()).hasToString("https://012345678901.ddb.us-east-1.amazonaws.com");

        ResolvedEndpoint disabled = resolve("dynamodb", "ListTables", "{}",
                EndpointSettings.builder("us-east-1").accountId("012345678901").accountIdEndpointMode("disabled").build());
        assertThat(disabled.url()).hasToString("https://dynamodb.us-east-1.amazonaws.com");
    }

    @Test
    void takesTheAccountFromTableArnsThroughOperationContextParams() {
        String input = "{\"RequestItems\":{\"arn:aws:dynamodb:us-east-1:222222222222:table/routes\":{\"Keys\":[]}}}";
        ResolvedEndpoint e = resolve("dynamodb", "BatchGetItem", input, EndpointSettings.forRegion("us-east-1"));
        assertThat(e.url()).hasToString("https://222222222222.ddb.us-east-1.amazonaws.com");
    }

    @Test
    void resolvesDynamoDbLocalAsTheRuleSetDefines() {
        ResolvedEndpoint e = resolve("dynamodb", "ListTables", "{}", EndpointSettings.forRegion("local"));
        assertThat(e.url()).hasToString("http://localhost:8000");
        assertThat(e.signingRegion()).isEqualTo("us-east-1");
    }

    @Test
    void putsTheBucketInTheHostForVirtualHostedS3() {
        ResolvedEndpoint e = resolve("s3", "GetObject", "{\"Bucket\":\"mybucket\",\"Key\":\"a/b.txt\"}",
                EndpointSettings.forRegion("us-west-2"));
        assertThat(e.url()).hasToString("https://mybucket.s3.us-west-2.amazonaws.com");
        assertThat(e.signingName()).isEqualTo("s3");
        assertThat(e.signingRegion()).isEqualTo("us-west-2");
        assertThat(e.disableDoubleEncoding()).isTrue();
        assertThat(e.disableNormalizePath()).isTrue();
    }

    @Test
    void putsTheBucketInThePathWhenPathStyleIsForced() {
        ResolvedEndpoint e = resolve("s3", "GetObject", "{\"Bucket\":\"mybucket\",\"Key\":\"k\"}",
                EndpointSettings.builder("us-west-2").s3ForcePathStyle(true).build());
        assertThat(e.url()).hasToString("https://s3.us-west-2.amazonaws.com/mybucket");
        ResolvedEndpoint style = resolve("s3", "GetObject", "{\"Bucket\":\"mybucket\",\"Key\":\"k\"}",
                EndpointSettings.builder("us-west-2").s3AddressingStyle("path").build());
        assertThat(style.url()).isEqualTo(e.url());
    }

    @Test
    void appliesClientContextParamsByRuleSetName() {
        ResolvedEndpoint e = resolve("s3", "GetObject", "{\"Bucket\":\"mybucket\",\"Key\":\"k\"}",
                EndpointSettings.builder("us-west-2").clientContextParam("ForcePathStyle", true).build());
        assertThat(e.url()).hasToString("https://s3.us-west-2.amazonaws.com/mybucket");
    }

    @Test
    void fallsBackToPathStyleForBucketNamesWithDots() {
        ResolvedEndpoint e = resolve("s3", "GetObject", "{\"Bucket\":\"my.bucket.example\",\"Key\":\"k\"}",
                EndpointSettings.forRegion("us-west-2"));
        assertThat(e.url()).hasToString("https://s3.us-west-2.amazonaws.com/my.bucket.example");
    }

    @Test
    void usesTheLegacyGlobalS3EndpointInUsEast1LikeCliV1() {
        ResolvedEndpoint global = resolve("s3", "ListObjectsV2", "{\"Bucket\":\"mybucket\"}", EndpointSettings.forRegion("us-east-1"));
        assertThat(global.url()).hasToString("https://mybucket.s3.amazonaws.com");
        assertThat(global.signingRegion()).isEqualTo("us-east-1");

        ResolvedEndpoint regional = resolve("s3", "ListObjectsV2", "{\"Bucket\":\"mybucket\"}",
                EndpointSettings.builder("us-east-1").s3UseGlobalEndpoint(false).build());
        assertThat(regional.url()).hasToString("https://mybucket.s3.us-east-1.amazonaws.com");

        ResolvedEndpoint listBuckets = resolve("s3", "ListBuckets", "{}", EndpointSettings.forRegion("us-east-1"));
        assertThat(listBuckets.url()).hasToString("https://s3.amazonaws.com");
    }

    @Test
    void resolvesAccessPointArnsToTheAccessPointHostInTheArnRegion() {
        ResolvedEndpoint e = resolve("s3", "GetObject",
                "{\"Bucket\":\"arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint\",\"Key\":\"Bar/Baz\"}",
                EndpointSettings.forRegion("us-east-1"));
        assertThat(e.url()).hasToString("https://myendpoint-123456789012.s3-accesspoint.us-west-2.amazonaws.com");
        assertThat(e.signingRegion()).isEqualTo("us-west-2");
        assertThat(e.signingName()).isEqualTo("s3");
    }

    @Test
    void forcesPathStyleForGetBucketLocation() {
        ResolvedEndpoint e = resolve("s3", "GetBucketLocation", "{\"Bucket\":\"mybucket\"}", EndpointSettings.forRegion("us-west-2"));
        assertThat(e.url()).hasToString("https://s3.us-west-2.amazonaws.com/mybucket");
    }

    @Test
    void usesPathStyleAgainstACustomS3EndpointUnlessVirtualIsAsked() {
        ResolvedEndpoint path = resolve("s3", "ListObjectsV2", "{\"Bucket\":\"mybucket\"}",
                EndpointSettings.builder("us-east-1").endpointUrl("http://localhost:4566").build());
        assertThat(path.url()).hasToString("http://localhost:4566/mybucket");

        ResolvedEndpoint virtual = resolve("s3", "ListObjectsV2", "{\"Bucket\":\"mybucket\"}",
                EndpointSettings.builder("us-east-1").endpointUrl("http://localhost:4566").s3AddressingStyle("virtual").build());
        assertThat(virtual.url()).hasToString("http://mybucket.localhost:4566");
    }

    @Test
    void rejectsARegionThatIsNotAHostLabelWithTheCliMessage() {
        assertThatThrownBy(() -> resolve("ec2", "DescribeInstances", "{}", EndpointSettings.forRegion("us east 1")))
                .isInstanceOf(EndpointException.class)
                .hasMessage("Provided region_name 'us east 1' doesn't match a supported format.")
                .satisfies(t -> assertThat(((EndpointException) t).hint()).contains("--region"));
    }

    @Test
    void passesRuleSetErrorsOnWithAHint() {
        assertThatThrownBy(() -> resolve("s3", "GetObject", "{\"Bucket\":\"mybucket\",\"Key\":\"k\"}",
                EndpointSettings.builder("us-east-1").useFips(true).s3Accelerate(true).build()))
                .isInstanceOf(EndpointException.class)
                .hasMessage("Accelerate cannot be used with FIPS.")
                .satisfies(t -> assertThat(((EndpointException) t).hint()).contains("use_accelerate_endpoint"));
    }

    @Test
    void reportsAMissingRegionWithAHintToPassOne() {
        assertThatThrownBy(() -> resolve("ec2", "DescribeInstances", "{}", EndpointSettings.forRegion(null)))
                .isInstanceOf(EndpointException.class)
                .hasMessage("Invalid Configuration: Missing Region.")
                .satisfies(t -> assertThat(((EndpointException) t).hint()).contains("--region"));
    }

    @Test
    void returnsTheCachedEndpointForTheSameParameters() {
        ResolvedEndpoint first = resolve("s3", "GetObject", "{\"Bucket\":\"cachebucket\",\"Key\":\"one\"}", EndpointSettings.forRegion("eu-west-1"));
        ResolvedEndpoint second = resolve("s3", "GetObject", "{\"Bucket\":\"cachebucket\",\"Key\":\"two\"}", EndpointSettings.forRegion("eu-west-1"));
        assertThat(second).isSameAs(first);
    }

    static ResolvedEndpoint resolve(String service, String operation, String input, EndpointSettings settings) {
        ServiceModel model = CATALOG.model(service).orElseThrow();
        try {
            return RESOLVER.resolve(model, model.operation(operation).orElseThrow(), (ObjectNode) JSON.readTree(input), settings);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
