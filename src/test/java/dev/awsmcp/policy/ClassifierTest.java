package dev.awsmcp.policy;

import dev.awsmcp.model.AccessLevel;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTest {
    private static final Classifier CLASSIFIER = Classifier.bundled();
    private static final ServiceCatalog CATALOG = ServiceCatalog.bundled();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Classification classify(String cliService, String operation) {
        ServiceModel m = CATALOG.model(cliService).orElseThrow();
        return CLASSIFIER.classify(m, m.operation(operation).orElseThrow());
    }

    private static Classification classify(String cliService, String operation, String paramsJson) throws Exception {
        ServiceModel m = CATALOG.model(cliService).orElseThrow();
        return CLASSIFIER.classify(m, m.operation(operation).orElseThrow(), (ObjectNode) JSON.readTree(paramsJson));
    }

    @ParameterizedTest
    @CsvSource({
            "elbv2, elasticloadbalancing", "elb, elasticloadbalancing", "stepfunctions, states",
            "cloudwatch, cloudwatch", "s3api, s3", "deploy, codedeploy", "configservice, config", "sesv2, ses",
            "opensearch, es", "es, es", "ec2, ec2", "logs, logs", "cloudcontrol, cloudformation",
            "resourcegroupstaggingapi, tag", "iot-data, iot", "mturk, mechanicalturk", "opensearchserverless, aoss"})
    void derivesIamPrefixFromMetadataAndReviewedTable(String cliService, String prefix) {
        assertThat(CLASSIFIER.iamPrefix(CATALOG.byCliName(cliService).orElseThrow())).contains(prefix);
    }

    @Test
    void placesDescribeInstancesFromData() {
        Classification c = classify("ec2", "DescribeInstances");
        assertThat(c.iamActions()).containsExactly("ec2:DescribeInstances");
        assertThat(c.accessLevel()).isEqualTo(AccessLevel.LIST);
        assertThat(c.source()).isEqualTo(Source.DATA);
        assertThat(c.callClass()).isEqualTo(CallClass.READ);
    }

    @ParameterizedTest
    @CsvSource({
            "s3api, ListObjectsV2, s3:ListBucket, LIST", "s3api, HeadObject, s3:GetObject, READ",
            "s3api, HeadBucket, s3:ListBucket, LIST", "s3api, ListObjectVersions, s3:ListBucketVersions, LIST",
            "s3api, ListBuckets, s3:ListAllMyBuckets, LIST", "s3api, DeleteBucketCors, s3:PutBucketCORS, WRITE",
            "s3api, PutPublicAccessBlock, s3:PutBucketPublicAccessBlock, PERMISSIONS_MANAGEMENT",
            "budgets, DescribeBudgets, budgets:ViewBudget, READ", "lambda, Invoke, lambda:InvokeFunction, WRITE",
            "keyspaces, DeleteTable, cassandra:Drop, WRITE"})
    void appliesReviewedOperationOverrides(String service, String op, String action, AccessLevel level) {
        Classification c = classify(service, op);
        assertThat(c.iamActions()).contains(action);
        assertThat(c.accessLevel()).isEqualTo(level);
        assertThat(c.source()).isEqualTo(Source.OVERRIDE);
    }

    @Test
    void bucketLocationIsAReadFromData() {
        Classification c = classify("s3api", "GetBucketLocation");
        assertThat(c.iamActions()).containsExactly("s3:GetBucketLocation");
        assertThat(c.callClass()).isEqualTo(CallClass.READ);
    }

    @Test
    void apiGatewayManagementCallsMapToHttpVerbActions() {
        assertThat(classify("apigateway", "GetRestApis").iamActions()).containsExactly("apigateway:GET");
        assertThat(classify("apigateway", "GetRestApis").callClass()).isEqualTo(CallClass.READ);
        assertThat(classify("apigateway", "DeleteRestApi").iamActions()).containsExactly("apigateway:DELETE");
        assertThat(classify("apigateway", "DeleteRestApi").callClass()).isEqualTo(CallClass.WRITE);
    }

    @Test
    void partiqlStatementsNeedEveryPartiqlActionSoTheyAreWrites() {
        Classification c = classify("dynamodb", "ExecuteStatement");
        assertThat(c.iamActions()).contains("dynamodb:PartiQLSelect", "dynamodb:PartiQLDelete");
        assertThat(c.callClass()).isEqualTo(CallClass.WRITE);
    }

    @ParameterizedTest
    @CsvSource({"sts, AssumeRole", "sts, GetSessionToken", "sts, GetFederationToken", "ecr, GetAuthorizationToken",
            "secretsmanager, GetSecretValue", "iam, CreateAccessKey", "sso, GetRoleCredentials",
            "cognito-identity, GetCredentialsForIdentity", "cognito-identity, GetOpenIdToken", "kms, Decrypt",
            "codeartifact, GetAuthorizationToken", "redshift, GetClusterCredentials", "ec2, GetPasswordData"})
    void marksCredentialReturningCallsSensitive(String service, String op) {
        Classification c = classify(service, op);
        assertThat(c.sensitive()).isTrue();
        assertThat(c.callClass()).isEqualTo(CallClass.SENSITIVE_READ);
    }

    @Test
    void ssmParameterIsSensitiveOnlyWithDecryption() throws Exception {
        assertThat(classify("ssm", "GetParameter", "{\"Name\":\"x\"}").callClass()).isEqualTo(CallClass.READ);
        assertThat(classify("ssm", "GetParameter", "{\"Name\":\"x\",\"WithDecryption\":true}").callClass())
                .isEqualTo(CallClass.SENSITIVE_READ);
    }

    @Test
    void glueConnectionIsSensitiveUnlessPasswordHidden() throws Exception {
        assertThat(classify("glue", "GetConnection", "{\"Name\":\"x\"}").sensitive()).isTrue();
        assertThat(classify("glue", "GetConnection", "{\"Name\":\"x\",\"HidePassword\":true}").sensitive()).isFalse();
    }

    @Test
    void apiKeyValueIsSensitiveOnlyWhenIncluded() throws Exception {
        assertThat(classify("apigateway", "GetApiKey", "{\"apiKey\":\"k\"}").sensitive()).isFalse();
        assertThat(classify("apigateway", "GetApiKey", "{\"apiKey\":\"k\",\"includeValue\":true}").sensitive()).isTrue();
        assertThat(classify("apigateway", "GetApiKeys", "{\"includeValues\":true}").sensitive()).isTrue();
        assertThat(classify("apigateway", "GetApiKeys", "{}").sensitive()).isFalse();
    }

    @Test
    void tagReadsFiledAsTaggingCountAsReads() {
        Classification c = new Classification("x", "ListTagsForResource", java.util.List.of("x:ListTagsForResource"),
                AccessLevel.TAGGING, Source.DATA, false, null);
        assertThat(c.callClass()).isEqualTo(CallClass.READ);
        Classification tag = new Classification("x", "TagResource", java.util.List.of("x:TagResource"),
                AccessLevel.TAGGING, Source.DATA, false, null);
        assertThat(tag.callClass()).isEqualTo(CallClass.WRITE);
    }

    @Test
    void tagWritesAreWrites() {
        assertThat(classify("ec2", "CreateTags").callClass()).isEqualTo(CallClass.WRITE);
        assertThat(classify("ec2", "CreateTags").accessLevel()).isEqualTo(AccessLevel.TAGGING);
    }

    @Test
    void heuristicPlacementsAreLabelled() {
        Classification c = classify("iotthingsgraph", "DescribeNamespace");
        assertThat(c.source()).isEqualTo(Source.HEURISTIC);
        assertThat(c.accessLevel()).isEqualTo(AccessLevel.READ);
        assertThat(c.note()).contains("guessed");
    }
}
