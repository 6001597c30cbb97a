package dev.awsmcp.command.internal;

import java.util.Map;

/** {@code customizations/argrename.py}: arguments the AWS CLI renames, and hidden aliases it keeps. */
final class ArgumentRenames {
    private ArgumentRenames() {}

    /** {@code <service>.<operation or *>.<argument>} to the new name. */
    static final Map<String, String> RENAMES = Map.ofEntries(
            Map.entry("ec2.create-image.no-no-reboot", "reboot"),
            Map.entry("ec2.*.no-egress", "ingress"),
            Map.entry("ec2.*.no-disable-api-termination", "enable-api-termination"),
            Map.entry("swf.register-activity-type.version", "activity-version"),
            Map.entry("swf.register-workflow-type.version", "workflow-version"),
            Map.entry("datapipeline.*.query", "objects-query"),
            Map.entry("datapipeline.get-pipeline-definition.version", "pipeline-version"),
            Map.entry("emr.*.job-flow-ids", "cluster-ids"),
            Map.entry("emr.*.job-flow-id", "cluster-id"),
            Map.entry("cloudsearchdomain.search.query", "search-query"),
            Map.entry("cloudsearchdomain.suggest.query", "suggest-query"),
            Map.entry("sns.subscribe.endpoint", "notification-endpoint"),
            Map.entry("deploy.*.s-3-location", "s3-location"),
            Map.entry("deploy.*.ec-2-tag-filters", "ec2-tag-filters"),
            Map.entry("codepipeline.get-pipeline.version", "pipeline-version"),
            Map.entry("codepipeline.create-custom-action-type.version", "action-version"),
            Map.entry("codepipeline.delete-custom-action-type.version", "action-version"),
            Map.entry("kinesisanalytics.add-application-output.output", "application-output"),
            Map.entry("kinesisanalyticsv2.add-application-output.output", "application-output"),
            Map.entry("route53.delete-traffic-policy.version", "traffic-policy-version"),
            Map.entry("route53.get-traffic-policy.version", "traffic-policy-version"),
            Map.entry("route53.update-traffic-policy-comment.version", "traffic-policy-version"),
            Map.entry("gamelift.create-build.version", "build-version"),
            Map.entry("gamelift.update-build.version", "build-version"),
            Map.entry("gamelift.create-script.version", "script-version"),
            Map.entry("gamelift.update-script.version", "script-version"),
            Map.entry("route53domains.view-billing.start", "start-time"),
            Map.entry("route53domains.view-billing.end", "end-time"),
            Map.entry("apigateway.create-rest-api.version", "api-version"),
            Map.entry("apigatewayv2.create-api.version", "api-version"),
            Map.entry("apigatewayv2.update-api.version", "api-version"),
            Map.entry("pinpoint.get-campaign-version.version", "campaign-version"),
            Map.entry("pinpoint.get-segment-version.version", "segment-version"),
            Map.entry("pinpoint.delete-email-template.version", "template-version"),
            Map.entry("pinpoint.delete-in-app-template.version", "template-version"),
            Map.entry("pinpoint.delete-push-template.version", "template-version"),
            Map.entry("pinpoint.delete-sms-template.version", "template-version"),
            Map.entry("pinpoint.delete-voice-template.version", "template-version"),
            Map.entry("pinpoint.get-email-template.version", "template-version"),
            Map.entry("pinpoint.get-in-app-template.version", "template-version"),
            Map.entry("pinpoint.get-push-template.version", "template-version"),
            Map.entry("pinpoint.get-sms-template.version", "template-version"),
            Map.entry("pinpoint.get-voice-template.version", "template-version"),
            Map.entry("pinpoint.update-email-template.version", "template-version"),
            Map.entry("pinpoint.update-in-app-template.version", "template-version"),
            Map.entry("pinpoint.update-push-template.version", "template-version"),
            Map.entry("pinpoint.update-sms-template.version", "template-version"),
            Map.entry("pinpoint.update-voice-template.version", "template-version"),
            Map.entry("stepfunctions.send-task-success.output", "task-output"),
            Map.entry("clouddirectory.publish-schema.version", "schema-version"),
            Map.entry("mturk.list-qualification-types.query", "types-query"),
            Map.entry("workdocs.create-notification-subscription.endpoint", "notification-endpoint"),
            Map.entry("workdocs.describe-users.query", "user-query"),
            Map.entry("lex-models.delete-bot.version", "bot-version"),
            Map.entry("lex-models.delete-intent.version", "intent-version"),
            Map.entry("lex-models.delete-slot-type.version", "slot-type-version"),
            Map.entry("lex-models.get-intent.version", "intent-version"),
            Map.entry("lex-models.get-slot-type.version", "slot-type-version"),
            Map.entry("lex-models.delete-bot-version.version", "bot-version"),
            Map.entry("lex-models.delete-intent-version.version", "intent-version"),
            Map.entry("lex-models.delete-slot-type-version.version", "slot-type-version"),
            Map.entry("lex-models.get-export.version", "resource-version"),
            Map.entry("license-manager.get-grant.version", "grant-version"),
            Map.entry("license-manager.delete-grant.version", "grant-version"),
            Map.entry("license-manager.get-license.version", "license-version"),
            Map.entry("rekognition.create-stream-processor.output", "stream-processor-output"),
            Map.entry("eks.create-cluster.version", "kubernetes-version"),
            Map.entry("eks.update-cluster-version.version", "kubernetes-version"),
            Map.entry("eks.create-nodegroup.version", "kubernetes-version"),
            Map.entry("eks.update-nodegroup-version.version", "kubernetes-version"),
            Map.entry("eks.update-cluster-components-version.version", "kubernetes-version"),
            Map.entry("schemas.*.version", "schema-version"),
            Map.entry("sagemaker.delete-image-version.version", "version-number"),
            Map.entry("sagemaker.describe-image-version.version", "version-number"),
            Map.entry("sagemaker.list-aliases.version", "version-number"),
            Map.entry("sagemaker.update-image-version.version", "version-number"),
            Map.entry("iotwireless.*.lo-ra-wan", "lorawan"),
            Map.entry("codepipeline.get-action-type.version", "action-version"),
            Map.entry("ecs.*.no-enable-execute-command", "disable-execute-command"),
            Map.entry("ecs.execute-command.no-interactive", "non-interactive"),
            Map.entry("controltower.create-landing-zone.version", "landing-zone-version"),
            Map.entry("controltower.update-landing-zone.version", "landing-zone-version"),
            Map.entry("glue.get-unfiltered-partition-metadata.region", "resource-region"),
            Map.entry("glue.get-unfiltered-partitions-metadata.region", "resource-region"),
            Map.entry("glue.get-unfiltered-table-metadata.region", "resource-region"));

    /** {@code HIDDEN_ALIASES}: old spellings kept working, undocumented. */
    static final Map<String, String> HIDDEN_ALIASES = Map.ofEntries(
            Map.entry("cognito-identity.create-identity-pool.open-id-connect-provider-arns", "open-id-connect-provider-ar-ns"),
            Map.entry("storagegateway.describe-tapes.tape-arns", "tape-ar-ns"),
            Map.entry("storagegateway.describe-tape-archives.tape-arns", "tape-ar-ns"),
            Map.entry("storagegateway.describe-vtl-devices.vtl-device-arns", "vtl-device-ar-ns"),
            Map.entry("storagegateway.describe-cached-iscsi-volumes.volume-arns", "volume-ar-ns"),
            Map.entry("storagegateway.describe-stored-iscsi-volumes.volume-arns", "volume-ar-ns"),
            Map.entry("route53domains.view-billing.start-time", "start"),
            Map.entry("deploy.create-deployment-group.ec2-tag-set", "ec-2-tag-set"),
            Map.entry("deploy.list-application-revisions.s3-bucket", "s-3-bucket"),
            Map.entry("deploy.list-application-revisions.s3-key-prefix", "s-3-key-prefix"),
            Map.entry("deploy.update-deployment-group.ec2-tag-set", "ec-2-tag-set"),
            Map.entry("iam.enable-mfa-device.authentication-code1", "authentication-code-1"),
            Map.entry("iam.enable-mfa-device.authentication-code2", "authentication-code-2"),
            Map.entry("iam.resync-mfa-device.authentication-code1", "authentication-code-1"),
            Map.entry("iam.resync-mfa-device.authentication-code2", "authentication-code-2"),
            Map.entry("importexport.get-shipping-label.street1", "street-1"),
            Map.entry("importexport.get-shipping-label.street2", "street-2"),
            Map.entry("importexport.get-shipping-label.street3", "street-3"),
            Map.entry("lambda.publish-version.code-sha256", "code-sha-256"),
            Map.entry("lightsail.import-key-pair.public-key-base64", "public-key-base-64"),
            Map.entry("mgn.*.replication-servers-security-groups-ids", "replication-servers-security-groups-i-ds"),
            Map.entry("mgn.*.source-server-ids", "source-server-i-ds"),
            Map.entry("mgn.*.replication-configuration-template-ids", "replication-configuration-template-i-ds"),
            Map.entry("elasticache.create-replication-group.preferred-cache-cluster-azs", "preferred-cache-cluster-a-zs"));

    static void apply(ArgumentTable t) {
        String svc = t.service();
        String op = t.operationCliName();
        for (Map.Entry<String, String> e : RENAMES.entrySet()) {
            String key = e.getKey();
            int dot = key.lastIndexOf('.');
            if (matches(key.substring(0, dot), svc, op)) {
                t.rename(key.substring(dot + 1), e.getValue());
            }
        }
        for (Map.Entry<String, String> e : HIDDEN_ALIASES.entrySet()) {
            String key = e.getKey();
            int dot = key.lastIndexOf('.');
            if (matches(key.substring(0, dot), svc, op)) {
                t.hiddenAlias(key.substring(dot + 1), e.getValue());
            }
        }
    }

    private static boolean matches(String scope, String svc, String op) {
        return scope.equals(svc + "." + op) || scope.equals(svc + ".*");
    }
}
