package dev.awsmcp.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ranking sanity on tasks written for this test (not taken from any benchmark): everyday phrasings, aliases and
 * high-level commands land the obvious command near the top.
 */
class SuggesterRankingTest {
    private static final Suggester SUGGESTER = Suggester.bundled();

    private static List<String> top(String task, int n) {
        return SUGGESTER.suggest(task, n).stream().map(Suggestion::command).toList();
    }

    @Test
    void listingBucketsFindsS3LsOrListBuckets() {
        assertThat(top("list my s3 buckets", 3)).containsAnyOf("aws s3 ls", "aws s3api list-buckets");
    }

    @Test
    void copyingAFileToS3FindsS3Cp() {
        assertThat(top("copy a local file to an s3 bucket", 3)).contains("aws s3 cp");
    }

    @Test
    void syncingAFolderFindsS3Sync() {
        assertThat(top("sync a local directory to s3", 3)).contains("aws s3 sync");
    }

    @Test
    void describingInstancesFindsEc2DescribeInstancesFirst() {
        assertThat(top("describe my ec2 instances", 1)).containsExactly("aws ec2 describe-instances");
    }

    @Test
    void kubernetesAliasFindsEks() {
        assertThat(top("create a kubernetes cluster", 3)).contains("aws eks create-cluster");
    }

    @Test
    void lambdaFunctionsAliasFindsLambda() {
        assertThat(top("delete a lambda function", 3)).contains("aws lambda delete-function");
    }

    @Test
    void queueWordsFindSqs() {
        assertThat(top("send a message to an sqs queue", 3)).contains("aws sqs send-message");
    }

    @Test
    void cloudwatchLogsMeansTheLogsService() {
        assertThat(top("create a cloudwatch logs log group", 3)).contains("aws logs create-log-group");
    }

    @Test
    void loadBalancerAliasFindsElasticLoadBalancing() {
        assertThat(top("list load balancers", 5)).containsAnyOf("aws elbv2 describe-load-balancers",
                "aws elb describe-load-balancers");
    }

    @Test
    void everydayVerbsMapToOperationVerbs() {
        assertThat(top("show the value of an ssm parameter store parameter", 5)).contains("aws ssm get-parameter");
        assertThat(top("remove an iam user", 3)).contains("aws iam delete-user");
    }

    @Test
    void removingTagsFindsUntag() {
        assertThat(top("remove tags from a lambda function", 3)).contains("aws lambda untag-resource");
    }

    @Test
    void waitingForAStateFindsTheWaiter() {
        assertThat(top("wait until an ec2 instance is running", 5)).contains("aws ec2 wait instance-running");
    }

    @Test
    void callerIdentityFindsSts() {
        assertThat(top("who am i: get the caller identity", 3)).contains("aws sts get-caller-identity");
    }

    @Test
    void credentialMintingCustomizationsWeRunAreSuggestedWithTheirRisk() {
        assertThat(top("log docker in to my ecr registry", 1)).containsExactly("aws ecr get-login-password");
        assertThat(top("generate an iam auth token to connect to my rds database", 1))
                .containsExactly("aws rds generate-db-auth-token");
        assertThat(top("get a token for kubectl on my eks cluster", 1)).containsExactly("aws eks get-token");
        Suggestion rds = SUGGESTER.suggest("generate an iam auth token to connect to my rds database").get(0);
        assertThat(rds.access().callClass()).isEqualTo("sensitive-read");
        assertThat(rds.requiredParameters()).extracting(RequiredParameter::name)
                .containsExactly("--hostname", "--port", "--username");
        assertThat(top("deploy my cloudformation template as a stack", 1)).containsExactly("aws cloudformation deploy");
    }

    @Test
    void nonsenseFindsNothing() {
        assertThat(SUGGESTER.suggest("zqxwv jjkkq")).isEmpty();
    }

    @Test
    void singularTaskPrefersTheSingularCommandAndPluralTheListing() {
        assertThat(top("get a cloudfront distribution", 1)).containsExactly("aws cloudfront get-distribution");
        assertThat(top("list the cloudfront distributions", 1)).containsExactly("aws cloudfront list-distributions");
    }

    @Test
    void severalThingsAtOnceFindTheBatchOperation() {
        assertThat(top("fetch several codecommit commits at once", 1))
                .containsExactly("aws codecommit batch-get-commits");
        assertThat(top("get details of multiple codebuild projects", 1))
                .containsExactly("aws codebuild batch-get-projects");
    }

    @Test
    void batchOperationsDoNotWinWithoutSeveralThings() {
        assertThat(top("get a codecommit commit", 1)).containsExactly("aws codecommit get-commit");
    }

    @Test
    void aServicesVocabularyPointsToItWithoutItsName() throws Exception {
        try (SuggestIndex idx = IndexLoader.bundled(TaskQuery.Weights.DEFAULT)) {
            assertThat(idx.services("create a geofence collection").keySet()).first().isEqualTo("location");
            assertThat(idx.services("delete a matchmaking rule set").keySet()).first().isEqualTo("gamelift");
        }
        assertThat(top("create a build for my game servers", 5)).contains("aws gamelift create-build");
    }

    @Test
    void taggingATaskNamesTheServicesTaggingCommand() {
        assertThat(top("untag an ecr repository", 1)).containsExactly("aws ecr untag-resource");
        assertThat(top("tag a step functions state machine", 1)).containsExactly("aws stepfunctions tag-resource");
    }

    @Test
    void aNameMadeOfTheTasksObjectBeatsOneTakenFromItsContext() {
        // "trust policy" past "with" is context (create-role's --assume-role-policy-document), not put-role-policy
        assertThat(top("Create an IAM role with a trust policy", 1)).containsExactly("aws iam create-role");
    }

    @Test
    void wordsPastAPrepositionCountAsParametersOfTheCommand() {
        assertThat(top("Create an S3 bucket with object lock enabled", 2)).contains("aws s3api create-bucket");
    }

    @Test
    void aTaskOpeningWithANounOfActionMeansItsVerb() {
        assertThat(top("Deletion of an SNS topic", 1)).containsExactly("aws sns delete-topic");
    }

    @Test
    void anEnumValueNamedInParameterDocumentationFindsTheCommand() {
        assertThat(top("Create a MOCK integration in API Gateway", 2)).contains("aws apigateway put-integration");
    }

    @Test
    void anAdministratorsVariantCountsAsTheVerbItQualifies() {
        // admin-get-user is a "get" of a user, a near-equal of get-user, not a command without a verb
        assertThat(top("get a cognito user", 2)).contains("aws cognito-idp admin-get-user");
        assertThat(top("list the devices of a cognito user", 2)).contains("aws cognito-idp admin-list-devices");
    }

    @Test
    void aWordCommandNamesShortenFindsTheShortName() {
        assertThat(top("list the deployment configurations in codedeploy", 1))
                .containsExactly("aws deploy list-deployment-configs");
        assertThat(top("list the database clusters in rds", 1)).containsExactly("aws rds describe-db-clusters");
    }
}
