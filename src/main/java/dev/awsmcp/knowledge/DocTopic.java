package dev.awsmcp.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Topics an agent may give {@code search_documentation} to narrow a search; the names follow the managed AWS
 * Knowledge MCP server. The public search endpoint has no topic parameter, so a topic narrows by the search
 * service's product facet where one is known, and otherwise puts hits whose address or title fits the topic first.
 */
public enum DocTopic {
    /** No narrowing. */
    GENERAL("general", "all AWS documentation", Map.of(), List.of()),
    /** API and CLI references. */
    REFERENCE_DOCUMENTATION("reference_documentation", "API, CLI and SDK references", Map.of(),
            List.of("/apireference/", "/api_", "/cli/", "/api/", " api reference", "/reference/")),
    /** What is new: release notes, document histories, announcements. */
    CURRENT_AWARENESS("current_awareness", "new features, release notes and document histories", Map.of(),
            List.of("whats-new", "what's new", "doc-history", "document history", "release-notes", "release notes")),
    /** Troubleshooting guides and error explanations. */
    TROUBLESHOOTING("troubleshooting", "troubleshooting guides and error explanations", Map.of(),
            List.of("troubleshoot", "error", "resolve", "fix")),
    /** AWS Amplify. */
    AMPLIFY_DOCS("amplify_docs", "AWS Amplify", Map.of(), List.of("amplify")),
    /** AWS CDK guides. */
    CDK_DOCS("cdk_docs", "AWS CDK developer guide", Map.of(), List.of("/cdk/")),
    /** AWS CDK construct library reference. */
    CDK_CONSTRUCTS("cdk_constructs", "AWS CDK construct library reference", Map.of(), List.of("/cdk/api/", "construct")),
    /** AWS CloudFormation, including the resource and property reference. */
    CLOUDFORMATION("cloudformation", "AWS CloudFormation and its resource reference",
            Map.of("aws-docs-search-product", "AWS CloudFormation"), List.of("/awscloudformation/", "cloudformation"));

    private final String id;
    private final String description;
    private final Map<String, String> contextAttributes;
    private final List<String> hints;

    DocTopic(String id, String description, Map<String, String> contextAttributes, List<String> hints) {
        this.id = id;
        this.description = description;
        this.contextAttributes = contextAttributes;
        this.hints = hints;
    }

    /** The name agents pass, e.g. {@code troubleshooting}. */
    public String id() {
        return id;
    }

    /** What the topic covers. */
    public String description() {
        return description;
    }

    /** Extra {@code contextAttributes} sent to the search service (a facet filter), possibly empty. */
    Map<String, String> contextAttributes() {
        return contextAttributes;
    }

    /** True when a hit's address or title fits this topic. */
    boolean matches(SearchResult r) {
        String text = (r.url() + " " + r.title()).toLowerCase(Locale.ROOT);
        return hints.stream().anyMatch(text::contains);
    }

    /**
     * A topic by name.
     *
     * @param id e.g. {@code cloudformation}; case and surrounding blanks do not matter
     * @return the topic, or empty
     */
    public static Optional<DocTopic> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
    }

    /** All topic names, comma-separated, for hints. */
    public static String names() {
        return Arrays.stream(values()).map(DocTopic::id).collect(Collectors.joining(", "));
    }
}
