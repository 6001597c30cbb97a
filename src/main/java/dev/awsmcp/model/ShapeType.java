package dev.awsmcp.model;

import java.util.Locale;

/** The type of a botocore shape. Unions and documents are structures with a flag in botocore; here they are types. */
public enum ShapeType {
    STRUCTURE, UNION, DOCUMENT, LIST, MAP,
    STRING, INTEGER, LONG, FLOAT, DOUBLE, BOOLEAN, TIMESTAMP, BLOB;

    /** True for list, map, structure, union: shapes that contain members. */
    public boolean isAggregate() {
        return this == STRUCTURE || this == UNION || this == LIST || this == MAP;
    }

    /** True for integer, long, float and double. */
    public boolean isNumber() {
        return this == INTEGER || this == LONG || this == FLOAT || this == DOUBLE;
    }

    static ShapeType fromBotocore(String type, boolean union, boolean document) {
        if ("structure".equals(type)) {
            return document ? DOCUMENT : union ? UNION : STRUCTURE;
        }
        return valueOf(type.toUpperCase(Locale.ROOT));
    }

    /** The botocore spelling, e.g. {@code structure}, {@code timestamp}. */
    public String botocoreName() {
        return this == UNION || this == DOCUMENT ? "structure" : name().toLowerCase(Locale.ROOT);
    }
}
