package dev.awsmcp.s3;

import java.util.List;

/**
 * One option of an {@code aws s3} subcommand, as declared in {@code subcommands.py}'s argument tables.
 *
 * @param name       the name without dashes, e.g. {@code recursive}
 * @param arity      how many words it takes
 * @param choices    allowed values (empty: any)
 * @param constValue the value of an {@link Arity#OPTIONAL} option written without one ({@code --sse} means
 *                   {@code AES256}), else null
 */
record S3Option(String name, Arity arity, List<String> choices, String constValue) {
    S3Option {
        choices = List.copyOf(choices);
    }

    /** How an option consumes words (argparse {@code action}/{@code nargs}). */
    enum Arity {
        /** {@code store_true}/{@code store_false}: no value. */
        FLAG,
        /** One value. */
        ONE,
        /** One integer value. */
        INTEGER,
        /** {@code nargs='?'}: the next word if it is not an option, else {@link #constValue()}. */
        OPTIONAL,
        /** {@code --include}/{@code --exclude}: one value, appended in command order to the filters. */
        FILTER,
        /** A {@code map}: shorthand {@code k=v,k2=v2} or JSON. */
        MAP,
        /** {@code nargs='+'}: one or more values. */
        MANY,
        /** {@code action='append', nargs=2}: two values, repeatable. */
        PAIR
    }

    static S3Option flag(String name) {
        return new S3Option(name, Arity.FLAG, List.of(), null);
    }

    static S3Option one(String name, String... choices) {
        return new S3Option(name, Arity.ONE, List.of(choices), null);
    }

    static S3Option integer(String name) {
        return new S3Option(name, Arity.INTEGER, List.of(), null);
    }

    static S3Option optional(String name, String constValue, String... choices) {
        return new S3Option(name, Arity.OPTIONAL, List.of(choices), constValue);
    }

    static S3Option of(String name, Arity arity) {
        return new S3Option(name, arity, List.of(), null);
    }
}
