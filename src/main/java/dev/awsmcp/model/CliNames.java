package dev.awsmcp.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS CLI's name conversion (botocore's {@code xform_name} with {@code '-'}): {@code DescribeDBInstances} →
 * {@code describe-db-instances}, {@code ListObjectsV2} → {@code list-objects-v2}, {@code InstanceIds} →
 * {@code instance-ids}. Includes botocore's table of names the rules would split wrongly.
 */
public final class CliNames {
    private static final Pattern SPECIAL_CASE = Pattern.compile("[A-Z]{2,}s$");
    private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
    private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");

    /** botocore/__init__.py {@code _xform_cache}: names whose rule-based split is wrong. */
    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("CreateCachediSCSIVolume", "create-cached-iscsi-volume"),
            Map.entry("DescribeCachediSCSIVolumes", "describe-cached-iscsi-volumes"),
            Map.entry("DescribeStorediSCSIVolumes", "describe-stored-iscsi-volumes"),
            Map.entry("CreateStorediSCSIVolume", "create-stored-iscsi-volume"),
            Map.entry("ListHITsForQualificationType", "list-hits-for-qualification-type"),
            Map.entry("ExecutePartiQLStatement", "execute-partiql-statement"),
            Map.entry("ExecutePartiQLTransaction", "execute-partiql-transaction"),
            Map.entry("ExecutePartiQLBatch", "execute-partiql-batch"),
            Map.entry("CreateOAuth2Token", "create-oauth2-token"),
            Map.entry("CreateOAuth2TokenWithIAM", "create-oauth2-token-with-iam"),
            Map.entry("IntrospectOAuth2TokenWithIAM", "introspect-oauth2-token-with-iam"),
            Map.entry("RevokeOAuth2TokenWithIAM", "revoke-oauth2-token-with-iam"),
            Map.entry("AssociateWhatsAppBusinessAccount", "associate-whatsapp-business-account"),
            Map.entry("CreateWhatsAppFlow", "create-whatsapp-flow"),
            Map.entry("CreateWhatsAppMessageTemplate", "create-whatsapp-message-template"),
            Map.entry("CreateWhatsAppMessageTemplateFromLibrary", "create-whatsapp-message-template-from-library"),
            Map.entry("CreateWhatsAppMessageTemplateMedia", "create-whatsapp-message-template-media"),
            Map.entry("DeleteWhatsAppFlow", "delete-whatsapp-flow"),
            Map.entry("DeleteWhatsAppMessageMedia", "delete-whatsapp-message-media"),
            Map.entry("DeleteWhatsAppMessageTemplate", "delete-whatsapp-message-template"),
            Map.entry("DeprecateWhatsAppFlow", "deprecate-whatsapp-flow"),
            Map.entry("DisassociateWhatsAppBusinessAccount", "disassociate-whatsapp-business-account"),
            Map.entry("GetLinkedWhatsAppBusinessAccount", "get-linked-whatsapp-business-account"),
            Map.entry("GetLinkedWhatsAppBusinessAccountPhoneNumber", "get-linked-whatsapp-business-account-phone-number"),
            Map.entry("GetOTelEnrichment", "get-otel-enrichment"),
            Map.entry("GetWhatsAppFlow", "get-whatsapp-flow"),
            Map.entry("GetWhatsAppFlowPreview", "get-whatsapp-flow-preview"),
            Map.entry("GetWhatsAppMessageMedia", "get-whatsapp-message-media"),
            Map.entry("GetWhatsAppMessageTemplate", "get-whatsapp-message-template"),
            Map.entry("ListLinkedWhatsAppBusinessAccounts", "list-linked-whatsapp-business-accounts"),
            Map.entry("ListWhatsAppFlowAssets", "list-whatsapp-flow-assets"),
            Map.entry("ListWhatsAppFlows", "list-whatsapp-flows"),
            Map.entry("ListWhatsAppMessageTemplates", "list-whatsapp-message-templates"),
            Map.entry("ListWhatsAppTemplateLibrary", "list-whatsapp-template-library"),
            Map.entry("PostWhatsAppMessageMedia", "post-whatsapp-message-media"),
            Map.entry("PublishWhatsAppFlow", "publish-whatsapp-flow"),
            Map.entry("PutWhatsAppBusinessAccountEventDestinations", "put-whatsapp-business-account-event-destinations"),
            Map.entry("SendWhatsAppMessage", "send-whatsapp-message"),
            Map.entry("StartOTelEnrichment", "start-otel-enrichment"),
            Map.entry("StopOTelEnrichment", "stop-otel-enrichment"),
            Map.entry("UpdateWhatsAppFlow", "update-whatsapp-flow"),
            Map.entry("UpdateWhatsAppFlowAssets", "update-whatsapp-flow-assets"),
            Map.entry("UpdateWhatsAppMessageTemplate", "update-whatsapp-message-template"));

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CliNames() {}

    /**
     * Converts a model name (operation or member) to its CLI form.
     *
     * @param name a PascalCase or camelCase model name
     * @return the kebab-case CLI name; a name that already contains {@code -} is returned unchanged
     */
    public static String toCli(String name) {
        if (name.indexOf('-') >= 0) {
            return name;
        }
        String fixed = FIXED.get(name);
        if (fixed != null) {
            return fixed;
        }
        return CACHE.computeIfAbsent(name, CliNames::transform);
    }

    private static String transform(String name) {
        Matcher special = SPECIAL_CASE.matcher(name);
        if (special.find()) {
            String matched = special.group();
            name = name.substring(0, name.length() - matched.length()) + "-" + matched.toLowerCase(java.util.Locale.ROOT);
        }
        String s1 = FIRST_CAP.matcher(name).replaceAll("$1-$2");
        return END_CAP.matcher(s1).replaceAll("$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
