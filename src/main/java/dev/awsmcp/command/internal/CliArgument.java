package dev.awsmcp.command.internal;

import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an operation's argument table: how the word(s) after {@code --name} are consumed and where the
 * value goes. Mirrors the AWS CLI's {@code CLIArgument}, {@code ListArgument}, {@code BooleanArgument} and the
 * custom arguments customizations add.
 *
 * @param name           the CLI name without dashes ({@code instance-ids}); positional arguments use their plain name
 * @param arity          how many words the argument takes
 * @param dest           the slot the parsed value is stored in (a boolean and its {@code no-} twin share one)
 * @param member         the model member, or null for custom arguments
 * @param serializedName the member name the value is stored under, or null for custom arguments
 * @param required       the CLI refuses the command without it
 * @param binder         turns the parsed value into parameters
 * @param choices        allowed values (custom arguments), or empty
 * @param typeName       the type shown in messages and help ({@code string}, {@code list}, {@code boolean}, ...)
 * @param documentation  documentation HTML or text, may be null
 * @param hidden         undocumented (aliases, shadowed paging arguments)
 */
public record CliArgument(String name, Arity arity, String dest, Member member, String serializedName,
                          boolean required, Binder binder, List<String> choices, String typeName,
                          String documentation, boolean hidden) {
    public CliArgument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arity, "arity");
        Objects.requireNonNull(dest, "dest");
        Objects.requireNonNull(binder, "binder");
        choices = List.copyOf(choices);
    }

    /** How an argument consumes words, as argparse's {@code nargs}/{@code action}. */
    public enum Arity {
        /** exactly one value */
        ONE,
        /** zero or more values ({@code nargs='*'}) */
        MANY,
        /** no value, stores true */
        FLAG_TRUE,
        /** no value, stores false */
        FLAG_FALSE,
        /** an optional value ({@code nargs='?'}) */
        OPTIONAL,
        /** a positional word */
        POSITIONAL
    }

    /** The argument's target shape, or null for custom arguments. */
    public Shape shape() {
        return member == null ? null : member.shape();
    }

    /** {@code --name}, or the bare name for positional arguments. */
    public String cliName() {
        return arity == Arity.POSITIONAL ? name : "--" + name;
    }

    /** A copy under another name (renames, aliases). */
    public CliArgument renamed(String newName, boolean hide) {
        String newDest = dest.equals(name) ? newName : dest;
        return new CliArgument(newName, arity, newDest, member, serializedName, required, binder, choices, typeName,
                documentation, hide);
    }

    /** A copy with another required flag. */
    public CliArgument withRequired(boolean req) {
        return new CliArgument(name, arity, dest, member, serializedName, req, binder, choices, typeName,
                documentation, hidden);
    }

    /** A copy with another binder. */
    public CliArgument withBinder(Binder b) {
        return new CliArgument(name, arity, dest, member, serializedName, required, b, choices, typeName,
                documentation, hidden);
    }
}
