package dev.awsmcp.auditmode;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One audit check: data (the read commands it runs, the JMESPath rule that judges their answers) plus, for the few
 * checks JMESPath cannot express, a named Java rule. Loaded from the bundled packs or a user directory by
 * {@link CheckLoader}, which refuses a check whose commands the read-only classifier would not allow.
 *
 * <p>How a check runs on one account and region: {@code list} runs once; without {@code items} the check judges
 * the account ({@code {list: <output>}}); with {@code items} (a JMESPath over the list output) it judges each item,
 * first running its {@code steps} (commands with {@code {Field}} placeholders taken from the item) and adding
 * their outputs to the context under their names ({@code {list, item, <step name>...}}). {@code applies} skips
 * items it does not hold for; {@code rule} (JMESPath, truthy = PASS) or {@code javaRule} decides. A call that fails
 * with a code in {@code onError} gives that status (for example {@code NoSuchEntity: FAIL} for a missing password
 * policy); any other failure is ERROR.
 *
 * @param id          stable id, e.g. {@code s3-bucket-versioning}
 * @param title       what must be true, e.g. "S3 buckets have versioning enabled"
 * @param severity    how much a failure matters
 * @param service     the AWS service, e.g. {@code s3}
 * @param pack        the pack it belongs to: {@code security}, {@code inventory}, {@code cost} or a user pack
 * @param global      runs once per account (IAM, S3 listing) instead of once per region
 * @param list        the first read command
 * @param items       JMESPath selecting the resources in the list output, or null for an account-level check
 * @param resourceId  JMESPath giving an item's id (for account-level checks ignored)
 * @param resourceArn template of the resource ARN with {@code {Field}}, {@code {Account}}, {@code {Region}}, or null
 * @param steps       per-item read commands
 * @param applies     JMESPath an item must satisfy to be judged, or null
 * @param rule        JMESPath that is truthy when the resource passes, or null
 * @param javaRule    the name of a Java rule in {@link JavaRules} instead of {@code rule}, or null
 * @param params      parameters of the Java rule (days, tag keys)
 * @param onError     error code of a failed call to the status it means
 * @param evidence    JMESPath of the value shown as evidence, or null for the rule's own inputs
 * @param remediation how to fix a failure, in words
 * @param fix         the CLI command that would fix it (shown, never run), or null
 * @param cis         the CIS AWS Foundations Benchmark v3.0 control id, or null
 * @param references  documentation links
 * @param origin      where it was defined, {@code file:line}
 */
public record Check(String id, String title, Severity severity, String service, String pack, boolean global,
                    String list, String items, String resourceId, String resourceArn, List<Step> steps, String applies,
                    String rule, String javaRule, Map<String, String> params, Map<String, FindingStatus> onError,
                    String evidence, String remediation, String fix, String cis, List<String> references,
                    String origin) {
    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(list, "list");
        steps = List.copyOf(steps);
        params = Map.copyOf(params);
        onError = Map.copyOf(onError);
        references = List.copyOf(references);
    }

    /**
     * A per-item command whose output joins the rule's context under {@code name}.
     *
     * @param name    the context key, e.g. {@code versioning}
     * @param command the command with {@code {Field}} placeholders
     */
    public record Step(String name, String command) {}

    /** Whether this check only records facts (no rule). */
    public boolean inventory() {
        return rule == null && javaRule == null;
    }
}
