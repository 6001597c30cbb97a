package dev.awsmcp.model;

import java.util.Map;
import java.util.Objects;

/**
 * A member of a structure, or the member/key/value of a list or map, with the traits that codecs and the
 * command parser need. The target shape is resolved through the owning model, so recursive shapes work.
 */
public final class Member {
    private final String name;
    private final String targetName;
    private final Map<String, Shape> shapes;
    private final boolean required;
    private final String location;
    private final String locationName;
    private final String queryName;
    private final XmlNamespace xmlNamespace;
    private final boolean xmlAttribute;
    private final boolean flattened;
    private final boolean jsonValue;
    private final boolean idempotencyToken;
    private final boolean hostLabel;
    private final String contextParam;
    private final boolean eventPayload;
    private final boolean eventHeader;
    private final String timestampFormat;
    private final boolean streaming;
    private final boolean deprecated;
    private final String documentation;

    Member(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.targetName = Objects.requireNonNull(b.targetName, "targetName");
        this.shapes = b.shapes;
        this.required = b.required;
        this.location = b.location;
        this.locationName = b.locationName;
        this.queryName = b.queryName;
        this.xmlNamespace = b.xmlNamespace;
        this.xmlAttribute = b.xmlAttribute;
        this.flattened = b.flattened;
        this.jsonValue = b.jsonValue;
        this.idempotencyToken = b.idempotencyToken;
        this.hostLabel = b.hostLabel;
        this.contextParam = b.contextParam;
        this.eventPayload = b.eventPayload;
        this.eventHeader = b.eventHeader;
        this.timestampFormat = b.timestampFormat;
        this.streaming = b.streaming;
        this.deprecated = b.deprecated;
        this.documentation = b.documentation;
    }

    /** The member name as the model writes it ({@code InstanceIds}); {@code member}/{@code key}/{@code value} for collections. */
    public String name() { return name; }

    /** The name of the target shape. */
    public String targetName() { return targetName; }

    /** The target shape. */
    public Shape shape() {
        Shape s = shapes.get(targetName);
        if (s == null) {
            throw new IllegalStateException("model has no shape " + targetName + " for member " + name);
        }
        return s;
    }

    /** Whether the enclosing structure lists this member as required. */
    public boolean required() { return required; }

    /** {@code uri}, {@code querystring}, {@code header}, {@code headers}, {@code statusCode}, or null (body). */
    public String location() { return location; }

    /** The wire name (header, query key, label, XML element, JSON key), or null to use {@link #name()}. */
    public String locationName() { return locationName; }

    /** The wire name, falling back to the member name. */
    public String wireName() { return locationName != null ? locationName : name; }

    /** The ec2 protocol's {@code queryName}, or null. */
    public String queryName() { return queryName; }

    /** A member-level XML namespace, or null. */
    public XmlNamespace xmlNamespace() { return xmlNamespace; }

    /** Serialized as an XML attribute. */
    public boolean xmlAttribute() { return xmlAttribute; }

    /** Member-level {@code flattened} (the target's flag counts too, see {@link #isFlattened()}). */
    public boolean flattened() { return flattened; }

    /** True when this member or its target list/map is flattened. */
    public boolean isFlattened() { return flattened || shape().flattened(); }

    /** A string carried as base64-encoded JSON in a header. */
    public boolean jsonValue() { return jsonValue; }

    /** Filled with a random UUID when the caller leaves it out. */
    public boolean idempotencyToken() { return idempotencyToken; }

    /** Substituted into the endpoint's host prefix. */
    public boolean hostLabel() { return hostLabel; }

    /** The endpoint rule-set parameter this member feeds, or null. */
    public String contextParam() { return contextParam; }

    /** The payload member of an event. */
    public boolean eventPayload() { return eventPayload; }

    /** A member of an event carried in an event-stream message header. */
    public boolean eventHeader() { return eventHeader; }

    /**
     * The member-level {@code timestampFormat} ({@code iso8601}, {@code rfc822}, {@code unixTimestamp}), or null;
     * see {@link #effectiveTimestampFormat()} for the value that counts.
     */
    public String timestampFormat() { return timestampFormat; }

    /** The member's timestamp format, else its target's, else null (the protocol's default for the location). */
    public String effectiveTimestampFormat() {
        return timestampFormat != null ? timestampFormat : shape().timestampFormat();
    }

    /** Member-level streaming flag (the target's flag counts too, see {@link #isStreaming()}). */
    public boolean streaming() { return streaming; }

    /** True when this member or its target is a streaming blob/string. */
    public boolean isStreaming() { return streaming || shape().streaming(); }

    /** Deprecated in the model. */
    public boolean deprecated() { return deprecated; }

    /** Documentation HTML, or null. */
    public String documentation() { return documentation; }

    @Override
    public String toString() {
        return name + "->" + targetName;
    }

    static final class Builder {
        String name;
        String targetName;
        Map<String, Shape> shapes;
        boolean required;
        String location;
        String locationName;
        String queryName;
        XmlNamespace xmlNamespace;
        boolean xmlAttribute;
        boolean flattened;
        boolean jsonValue;
        boolean idempotencyToken;
        boolean hostLabel;
        String contextParam;
        boolean eventPayload;
        boolean eventHeader;
        String timestampFormat;
        boolean streaming;
        boolean deprecated;
        String documentation;

        Member build() {
            return new Member(this);
        }
    }
}
