package dev.awsmcp.sop;

import java.util.Objects;

/**
 * A parameter of an SOP, written {@code - **name** (required|optional, default: value): description}.
 *
 * @param name         snake_case name, used as {@code ${name}} in the SOP text
 * @param required     whether the caller must give it
 * @param defaultValue the default of an optional parameter, or null
 * @param description  what it is
 */
public record SopParameter(String name, boolean required, String defaultValue, String description) {
    /** Checks the fields. */
    public SopParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (required && defaultValue != null) {
            throw new IllegalArgumentException("required parameter " + name + " cannot have a default");
        }
    }
}
