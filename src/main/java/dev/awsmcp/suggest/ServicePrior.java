package dev.awsmcp.suggest;

import java.util.Set;

/**
 * A small prior for how often people work with a service, for tasks that do not say which service they mean
 * ("delete an instance" is more often EC2 than Lightsail or Connect). Three tiers, hand-written from general
 * knowledge of which services are most used; the prior only breaks near-ties, it never outweighs words of the task.
 * Deprecated operations rank below current ones.
 */
final class ServicePrior {
    /** The services nearly every AWS account uses. */
    private static final Set<String> CORE = Set.of("ec2", "s3api", "s3", "iam", "lambda", "rds", "dynamodb",
            "cloudformation", "cloudwatch", "logs", "sns", "sqs", "ecs", "eks", "ssm", "kms", "sts", "route53",
            "elbv2", "autoscaling", "apigateway", "secretsmanager", "ecr", "cloudfront");

    /** Widely used services. */
    private static final Set<String> COMMON = Set.of("acm", "apigatewayv2", "stepfunctions", "events", "kinesis",
            "firehose", "elasticache", "opensearch", "cognito-idp", "cognito-identity", "codecommit", "codebuild",
            "codepipeline", "deploy", "efs", "glue", "athena", "emr", "sagemaker", "bedrock", "bedrock-runtime",
            "organizations", "backup", "guardduty", "securityhub", "configservice", "cloudtrail", "ses", "sesv2",
            "redshift", "batch", "elasticbeanstalk", "docdb", "wafv2", "xray", "ce", "budgets", "servicecatalog",
            "application-autoscaling", "lightsail", "transfer", "dms", "kafka", "mq", "appsync", "amplify",
            "workspaces", "ds", "ram", "service-quotas", "resourcegroupstaggingapi", "fsx", "storagegateway",
            "datasync", "elb", "apprunner", "sso-admin", "identitystore", "inspector2", "macie2", "network-firewall",
            "route53resolver", "route53domains", "globalaccelerator", "directconnect", "textract", "rekognition",
            "comprehend", "translate", "polly", "transcribe", "iot", "s3control", "scheduler", "memorydb",
            "neptune", "keyspaces", "timestream-write", "quicksight", "support", "health", "pricing",
            "accessanalyzer", "shield", "acm-pca", "ecr-public", "emr-serverless", "lakeformation", "mwaa");

    private ServicePrior() {}

    /**
     * The prior of a command: 3 for core services, 2 for common ones, 1 otherwise; halved when deprecated.
     *
     * @param service    CLI service name
     * @param deprecated whether the model deprecates the operation
     * @return a positive weight
     */
    static float of(String service, boolean deprecated) {
        float tier = CORE.contains(service) ? 3f : COMMON.contains(service) ? 2f : 1f;
        return deprecated ? tier / 2 : tier;
    }
}
