package dev.awsmcp.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A shape of a service model with the traits codecs, the parser and validation use. Immutable once built.
 *
 * <p>Structures and unions have {@link #members()}; lists have {@link #listMember()}; maps have
 * {@link #mapKey()} and {@link #mapValue()}. Dispatch on {@link #type()}.
 */
public final class Shape {
    private final String name;
    private final ShapeType type;
    private final Map<String, Member> members;
    private final Member listMember;
    private final Member mapKey;
    private final Member mapValue;
    private final List<String> enumValues;
    private final Double min;
    private final Double max;
    private final String pattern;
    private final boolean sensitive;
    private final String timestampFormat;
    private final XmlNamespace xmlNamespace;
    private final boolean flattened;
    private final String locationName;
    private final String payload;
    private final boolean streaming;
    private final boolean requiresLength;
    private final boolean eventStream;
    private final boolean event;
    private final boolean exception;
    private final boolean fault;
    private final ErrorTrait error;
    private final boolean wrapper;
    private final boolean sparse;
    private final boolean deprecated;
    private final String documentation;

    Shape(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.type = Objects.requireNonNull(b.type, "type");
        this.members = b.members == null ? Map.of() : java.util.Collections.unmodifiableMap(b.members);
        this.listMember = b.listMember;
        this.mapKey = b.mapKey;
        this.mapValue = b.mapValue;
        this.enumValues = b.enumValues == null ? List.of() : List.copyOf(b.enumValues);
        this.min = b.min;
        this.max = b.max;
        this.pattern = b.pattern;
        this.sensitive = b.sensitive;
        this.timestampFormat = b.timestampFormat;
        this.xmlNamespace = b.xmlNamespace;
        this.flattened = b.flattened;
        this.locationName = b.locationName;
        this.payload = b.payload;
        this.streaming = b.streaming;
        this.requiresLength = b.requiresLength;
        this.eventStream = b.eventStream;
        this.event = b.event;
        this.exception = b.exception;
        this.fault = b.fault;
        this.error = b.error;
        this.wrapper = b.wrapper;
        this.sparse = b.sparse;
        this.deprecated = b.deprecated;
        this.documentation = b.documentation;
    }

    /** The shape name in the model. */
    public String name() { return name; }

    /** The shape type. */
    public ShapeType type() { return type; }

    /** Structure/union members in model order; empty for other types. */
    public Map<String, Member> members() { return members; }

    /** A structure member by model name, or null. */
    public Member member(String memberName) { return members.get(memberName); }

    /** Members the structure lists as required. */
    public List<Member> requiredMembers() {
        return members.values().stream().filter(Member::required).toList();
    }

    /** The element member of a list, else null. */
    public Member listMember() { return listMember; }

    /** The key member of a map, else null. */
    public Member mapKey() { return mapKey; }

    /** The value member of a map, else null. */
    public Member mapValue() { return mapValue; }

    /** Allowed values of an enum string (empty when unconstrained). */
    public List<String> enumValues() { return enumValues; }

    /** Whether this is a string with an enum list. */
    public boolean isEnum() { return !enumValues.isEmpty(); }

    /** Minimum length/size/value, or null. */
    public Double min() { return min; }

    /** Maximum length/size/value, or null. */
    public Double max() { return max; }

    /** A regular expression strings must match, or null. */
    public String pattern() { return pattern; }

    /** Values of this shape are secrets: never log them. */
    public boolean sensitive() { return sensitive; }

    /** {@code iso8601}, {@code rfc822} or {@code unixTimestamp}, or null for the protocol default. */
    public String timestampFormat() { return timestampFormat; }

    /** The XML namespace of this shape, or null. */
    public XmlNamespace xmlNamespace() { return xmlNamespace; }

    /** A flattened XML/query list or map. */
    public boolean flattened() { return flattened; }

    /** Shape-level wire name (used for the root element of some XML payloads), or null. */
    public String locationName() { return locationName; }

    /** The member carried as the HTTP payload, or null. */
    public String payload() { return payload; }

    /** A streaming blob or string. */
    public boolean streaming() { return streaming; }

    /** A streaming upload that must carry a Content-Length. */
    public boolean requiresLength() { return requiresLength; }

    /** A union of events sent as an event stream. */
    public boolean eventStream() { return eventStream; }

    /** An event in an event stream. */
    public boolean event() { return event; }

    /** An exception shape. */
    public boolean exception() { return exception; }

    /** A server-side fault. */
    public boolean fault() { return fault; }

    /** The {@code error} trait, or null. */
    public ErrorTrait error() { return error; }

    /** The query/xml {@code wrapper} trait (output wrapped in an extra element). */
    public boolean wrapper() { return wrapper; }

    /** A list/map whose values may be null. */
    public boolean sparse() { return sparse; }

    /** Deprecated in the model. */
    public boolean deprecated() { return deprecated; }

    /** Documentation HTML, or null. */
    public String documentation() { return documentation; }

    /** Members of a structure or union, or the list/map members, for walking the shape graph. */
    public Collection<Member> children() {
        switch (type) {
            case STRUCTURE:
            case UNION:
                return members.values();
            case LIST:
                return List.of(listMember);
            case MAP:
                return List.of(mapKey, mapValue);
            default:
                return List.of();
        }
    }

    @Override
    public String toString() {
        return name + ":" + type.botocoreName();
    }

    static final class Builder {
        String name;
        ShapeType type;
        Map<String, Member> members;
        Member listMember;
        Member mapKey;
        Member mapValue;
        List<String> enumValues;
        Double min;
        Double max;
        String pattern;
        boolean sensitive;
        String timestampFormat;
        XmlNamespace xmlNamespace;
        boolean flattened;
        String locationName;
        String payload;
        boolean streaming;
        boolean requiresLength;
        boolean eventStream;
        boolean event;
        boolean exception;
        boolean fault;
        ErrorTrait error;
        boolean wrapper;
        boolean sparse;
        boolean deprecated;
        String documentation;

        Shape build() {
            return new Shape(this);
        }
    }
}
