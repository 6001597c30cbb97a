package dev.awsmcp.suggest;

import java.util.Objects;

/**
 * A parameter a suggested command cannot run without.
 *
 * @param name the option as typed ({@code --bucket}), or the positional's name ({@code paths})
 * @param type the type, e.g. {@code string}, {@code integer}, {@code list<string>}, {@code structure}
 */
public record RequiredParameter(String name, String type) {
    public RequiredParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
