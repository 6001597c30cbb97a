package dev.awsmcp.sop;

import java.util.HashMap;
import java.util.Map;

/**
 * Typed sample values for the {@code ${placeholders}} of the bundled SOPs, shaped like real values (IDs with their
 * prefixes, ARNs, CIDRs, epoch seconds, ISO timestamps), so substituted commands pass the command parser's type
 * and pattern checks. A placeholder without a sample fails the command tests, which names it.
 */
final class SopSamples {
    private SopSamples() {}

    static Map<String, String> values() {
        Map<String, String> v = new HashMap<>();
        // account, Region, time
        v.put("region", "eu-west-1");
        v.put("accepter_region", "eu-central-1");
        v.put("account_id", "123456789012");
        v.put("accepter_account_id", "210987654321");
        v.put("start_time", "2025-01-20T08:00:00Z");
        v.put("end_time", "2025-01-20T12:00:00Z");
        v.put("start_epoch", "1737360000");
        v.put("end_epoch", "1737374400");
        v.put("start_date", "2025-01-01");
        v.put("end_date", "2025-02-01");
        // networking
        v.put("vpc_id", "vpc-0a1b2c3d4e5f67890");
        v.put("requester_vpc_id", "vpc-0a1b2c3d4e5f67890");
        v.put("accepter_vpc_id", "vpc-0f9e8d7c6b5a43210");
        v.put("vpc_name", "prod");
        v.put("vpc_cidr", "10.0.0.0/16");
        v.put("requester_cidr", "10.1.0.0/16");
        v.put("accepter_cidr", "10.2.0.0/16");
        v.put("public_a_cidr", "10.0.0.0/24");
        v.put("public_b_cidr", "10.0.1.0/24");
        v.put("private_a_cidr", "10.0.10.0/23");
        v.put("private_b_cidr", "10.0.12.0/23");
        v.put("az_a", "eu-west-1a");
        v.put("az_b", "eu-west-1b");
        v.put("subnet_id", "subnet-0a1b2c3d4e5f67890");
        v.put("subnet_a_id", "subnet-0a1b2c3d4e5f6aaaa");
        v.put("subnet_b_id", "subnet-0a1b2c3d4e5f6bbbb");
        v.put("public_a_subnet_id", "subnet-0a1b2c3d4e5f61111");
        v.put("public_b_subnet_id", "subnet-0a1b2c3d4e5f62222");
        v.put("private_a_subnet_id", "subnet-0a1b2c3d4e5f63333");
        v.put("private_b_subnet_id", "subnet-0a1b2c3d4e5f64444");
        v.put("igw_id", "igw-0a1b2c3d4e5f67890");
        v.put("public_route_table_id", "rtb-0a1b2c3d4e5f60000");
        v.put("private_a_route_table_id", "rtb-0a1b2c3d4e5f6aaaa");
        v.put("private_b_route_table_id", "rtb-0a1b2c3d4e5f6bbbb");
        v.put("route_table_a_id", "rtb-0a1b2c3d4e5f61111");
        v.put("route_table_b_id", "rtb-0a1b2c3d4e5f62222");
        v.put("requester_route_table_id", "rtb-0a1b2c3d4e5f63333");
        v.put("accepter_route_table_id", "rtb-0a1b2c3d4e5f64444");
        v.put("eip_a_allocation_id", "eipalloc-0a1b2c3d4e5f6aaaa");
        v.put("eip_b_allocation_id", "eipalloc-0a1b2c3d4e5f6bbbb");
        v.put("nat_a_id", "nat-0a1b2c3d4e5f6aaaa");
        v.put("nat_b_id", "nat-0a1b2c3d4e5f6bbbb");
        v.put("peering_connection_id", "pcx-0a1b2c3d4e5f67890");
        v.put("peering_name", "app-to-db");
        v.put("s3_endpoint_id", "vpce-0a1b2c3d4e5f67890");
        v.put("path_id", "nip-0a1b2c3d4e5f67890");
        v.put("analysis_id", "nia-0a1b2c3d4e5f67890");
        v.put("port", "5432");
        v.put("target_port", "5432");
        v.put("flow_logs_role_arn", "arn:aws:iam::123456789012:role/vpc-flow-logs");
        // security groups
        v.put("security_group_id", "sg-0a1b2c3d4e5f67890");
        v.put("default_security_group_id", "sg-0a1b2c3d4e5f60000");
        v.put("efs_security_group_id", "sg-0a1b2c3d4e5f6efs0");
        v.put("instance_security_group_id", "sg-0a1b2c3d4e5f6ec20");
        v.put("endpoint_security_group_id", "sg-0a1b2c3d4e5f6e0e0");
        v.put("workload_security_group_id", "sg-0a1b2c3d4e5f6a0a0");
        v.put("accepter_security_group_id", "sg-0f9e8d7c6b5a4db00");
        v.put("lambda_security_group_id", "sg-0a1b2c3d4e5f6a1a1");
        v.put("target_security_group_id", "sg-0a1b2c3d4e5f6db00");
        // EC2
        v.put("instance_name", "web-01");
        v.put("instance_type", "t3.micro");
        v.put("instance_profile_name", "ec2-ssm-core");
        v.put("profile_name", "app-server-role");
        v.put("ami_id", "ami-0a1b2c3d4e5f67890");
        v.put("instance_id", "i-0a1b2c3d4e5f67890");
        v.put("source_instance_id", "i-0a1b2c3d4e5f6aaaa");
        v.put("destination_instance_id", "i-0f9e8d7c6b5a4bbbb");
        v.put("association_id", "iip-assoc-0a1b2c3d4e5f67890");
        v.put("command_id", "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111");
        // IAM, KMS
        v.put("role_name", "app-server-role");
        v.put("kms_key_id", "alias/aws/elasticfilesystem");
        // EFS
        v.put("file_system_name", "shared-data");
        v.put("file_system_id", "fs-0a1b2c3d4e5f67890");
        // S3, CloudFront, Route 53, ACM
        v.put("bucket_name", "acme-config-eu-west-1");
        v.put("code_bucket", "acme-artifacts");
        v.put("code_key", "orders/1.4.2.zip");
        v.put("domain_name", "www.example.com");
        v.put("hosted_zone_id", "Z0123456789ABCDEFGHIJ");
        v.put("distribution_id", "E1A2B3C4D5E6F7");
        v.put("distribution_domain", "d111111abcdef8.cloudfront.net");
        v.put("certificate_arn", "arn:aws:acm:us-east-1:123456789012:certificate/1234abcd-12ab-34cd-56ef-1234567890ab");
        v.put("validation_record_name", "_3639ac514e785e898d2646601fa951d5.www.example.com.");
        v.put("validation_record_value", "_98d2646601fa951d53639ac514e785e8.mhbtsbpdnt.acm-validations.aws.");
        v.put("etag", "E2QWRUHEXAMPLE");
        v.put("change_id", "C2682N5HXP0BZ4");
        v.put("distribution_config_json", "{\"CallerReference\":\"site-2025-01-20\",\"Aliases\":{\"Quantity\":1,"
                + "\"Items\":[\"www.example.com\"]},\"Origins\":{\"Quantity\":1,\"Items\":[{\"Id\":\"s3-site\","
                + "\"DomainName\":\"acme-site.s3.eu-west-1.amazonaws.com\",\"S3OriginConfig\":{\"OriginAccessIdentity\":\"\"},"
                + "\"OriginAccessControlId\":\"E2QWRUHEXAMPLE\"}]},\"DefaultCacheBehavior\":{\"TargetOriginId\":\"s3-site\","
                + "\"ViewerProtocolPolicy\":\"redirect-to-https\",\"CachePolicyId\":\"658327ea-f89d-4fab-a63d-7e88639e58f6\","
                + "\"Compress\":true},\"Comment\":\"static site\",\"Enabled\":true,\"ViewerCertificate\":{"
                + "\"ACMCertificateArn\":\"arn:aws:acm:us-east-1:123456789012:certificate/1234abcd-12ab-34cd-56ef-1234567890ab\","
                + "\"SSLSupportMethod\":\"sni-only\",\"MinimumProtocolVersion\":\"TLSv1.2_2021\"}}");
        // Lambda, API Gateway, logs
        v.put("function_name", "orders-api");
        v.put("runtime", "python3.12");
        v.put("handler", "app.handler");
        v.put("api_name", "orders");
        v.put("api_id", "a1b2c3d4e5");
        v.put("query_id", "12ab3456-12ab-123a-789e-1234567890ab");
        v.put("queue_url", "https://sqs.eu-west-1.amazonaws.com/123456789012/orders-queue");
        v.put("new_timeout", "30");
        v.put("new_memory", "1024");
        // S3, KMS, CloudTrail
        v.put("kms_key_arn", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        v.put("log_bucket_name", "acme-s3-access-logs");
        v.put("noncurrent_days", "90");
        v.put("trail_name", "management-events");
        v.put("log_group_name", "aws-cloudtrail-management-events");
        v.put("log_group_prefix", "/ecs/");
        v.put("retention_days", "365");
        v.put("request_id", "8f2b1c3d-4e5f-4a6b-9c7d-0e1f2a3b4c5d");
        v.put("site_name", "acme-www");
        v.put("oac_id", "E2QWRUHEXAMPLE");
        v.put("caller_reference", "release-2025-01-20");
        // RDS, Secrets Manager
        v.put("cluster_id", "orders-db");
        v.put("engine_version", "16.4");
        v.put("instance_class", "db.r6g.large");
        v.put("master_username", "dbadmin");
        v.put("app_security_group_id", "sg-0a1b2c3d4e5f6ab01");
        v.put("db_security_group_id", "sg-0a1b2c3d4e5f6db01");
        v.put("master_secret_arn", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds!cluster-1a2b3c4d-AbCdEf");
        v.put("secret_name", "prod/orders/db-app-user");
        v.put("rotation_days", "30");
        v.put("rotation_function_name", "orders-db-rotation");
        v.put("rotation_security_group_id", "sg-0a1b2c3d4e5f6a0b0");
        v.put("change_set_arn", "arn:aws:cloudformation:eu-west-1:123456789012:changeSet/a1b2c3d4/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d");
        v.put("db_password", "correct-horse-battery-staple");
        // CI/CD
        v.put("target_account_id", "210987654321");
        v.put("connection_name", "github-acme");
        v.put("connection_arn", "arn:aws:codeconnections:eu-west-1:123456789012:connection/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d");
        v.put("pipeline_name", "orders-service-pipeline");
        v.put("execution_id", "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d");
        v.put("stage_name", "Prod");
        v.put("action_name", "Approve");
        v.put("approval_token", "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d");
        v.put("build_project", "orders-service-synth");
        v.put("build_id", "orders-service-synth:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d");
        // alarms, SNS, budgets, cost
        v.put("topic_name", "ops-alerts");
        v.put("topic_arn", "arn:aws:sns:eu-west-1:123456789012:ops-alerts");
        v.put("email", "ops@example.com");
        v.put("alarm_name", "orders-api-high-cpu");
        v.put("namespace", "AWS/EC2");
        v.put("metric_name", "CPUUtilization");
        v.put("dimension_name", "InstanceId");
        v.put("dimension_value", "i-0a1b2c3d4e5f67890");
        v.put("threshold", "80");
        v.put("statistic", "Average");
        v.put("period", "300");
        v.put("budget_name", "monthly-total");
        v.put("monthly_limit", "500");
        v.put("service_budget_limit", "200");
        v.put("monitor_arn", "arn:aws:ce::123456789012:anomalymonitor/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d");
        v.put("service_name", "Amazon Elastic Compute Cloud - Compute");
        v.put("tag_key", "Project");
        v.put("today", "2025-01-20");
        v.put("forecast_end", "2025-02-01");
        // API Gateway REST
        v.put("rest_api_id", "a1b2c3d4e5");
        v.put("log_role_name", "apigateway-cloudwatch-logs");
        v.put("access_log_group", "/apigateway/orders/prod");
        v.put("rate_limit", "100");
        v.put("burst_limit", "200");
        v.put("deployment_id", "abc123");
        // IAM troubleshooting
        v.put("event_name", "GetObject");
        v.put("action", "s3:GetObject");
        v.put("resource_arn", "arn:aws:s3:::acme-data/reports/q1.csv");
        v.put("encoded_message", "4FqSPp-bWFIbGp0cGFuLW1vY2stZW5jb2RlZC1tZXNzYWdl");
        v.put("policy_arn", "arn:aws:iam::123456789012:policy/reporting-read");
        v.put("policy_version", "v1");
        // EKS
        v.put("cluster_name", "prod");
        v.put("principal_arn", "arn:aws:iam::123456789012:role/deploy");
        v.put("access_policy_arn", "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy");
        // security groups and cleanup
        v.put("security_group_rule_id", "sgr-0a1b2c3d4e5f67890");
        v.put("load_balancer_dimension", "app/orders/50dc6c495c0c9188");
        v.put("nat_gateway_id", "nat-0a1b2c3d4e5f67890");
        v.put("volume_id", "vol-0a1b2c3d4e5f67890");
        v.put("allocation_id", "eipalloc-0a1b2c3d4e5f67890");
        v.put("snapshot_id", "snap-0a1b2c3d4e5f67890");
        v.put("image_id", "ami-0f9e8d7c6b5a43210");
        return v;
    }
}
