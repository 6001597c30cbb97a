package dev.awsmcp.sop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SOP seen as an MCP prompt: its name, a description, one argument per SOP parameter, and the text the prompt
 * renders (the SOP with the given values substituted for its {@code ${parameters}}). The MCP layer maps this onto
 * the SDK's prompt types.
 */
public final class SopPrompt {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-z0-9_]*)}");

    private final Sop sop;

    /**
     * @param sop the SOP to expose
     */
    public SopPrompt(Sop sop) {
        this.sop = Objects.requireNonNull(sop, "sop");
    }

    /** One prompt per SOP of a library, sorted by name. */
    public static List<SopPrompt> all(SopLibrary library) {
        List<SopPrompt> prompts = new ArrayList<>();
        library.list().forEach(s -> prompts.add(new SopPrompt(s)));
        return prompts;
    }

    /**
     * A prompt argument.
     *
     * @param name        the SOP parameter name
     * @param description its description, with the default when there is one
     * @param required    whether the prompt needs it
     */
    public record Argument(String name, String description, boolean required) {
        /** Checks the fields. */
        public Argument {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }

    /** The prompt name: the SOP name. */
    public String name() {
        return sop.name();
    }

    /** The prompt title: the SOP title. */
    public String title() {
        return sop.title();
    }

    /** The prompt description: the SOP description. */
    public String description() {
        return sop.description();
    }

    /** The SOP behind the prompt. */
    public Sop sop() {
        return sop;
    }

    /** One argument per SOP parameter, in order. */
    public List<Argument> arguments() {
        List<Argument> args = new ArrayList<>();
        for (SopParameter p : sop.parameters()) {
            String description = p.defaultValue() == null ? p.description()
                    : p.description() + " (default: " + p.defaultValue() + ")";
            args.add(new Argument(p.name(), description, p.required()));
        }
        return args;
    }

    /**
     * The prompt text: an instruction to follow the SOP, the parameter values, and the SOP with the values and
     * defaults substituted. Optional parameters without value or default stay as {@code ${name}} and are listed
     * as not given, so the agent asks or decides.
     *
     * @param arguments values by parameter name; blank values count as not given
     * @return the text
     * @throws SopException ({@link SopException#BAD_ARGUMENTS}) when a required value is missing or a name is unknown
     */
    public String render(Map<String, String> arguments) {
        Map<String, String> given = arguments == null ? Map.of() : arguments;
        Set<String> known = new HashSet<>();
        sop.parameters().forEach(p -> known.add(p.name()));
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                throw SopException.badArguments("The SOP '" + sop.name() + "' has no parameter '" + key + "'.",
                        "Its parameters are: " + String.join(", ", known) + ".");
            }
        }
        List<String> missing = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (SopParameter p : sop.parameters()) {
            String v = given.get(p.name());
            if (v == null || v.isBlank()) {
                v = p.defaultValue();
            }
            if (v == null && p.required()) {
                missing.add(p.name());
                continue;
            }
            if (v != null) {
                values.put(p.name(), v.strip());
                header.append("- ").append(p.name()).append(" = ").append(v.strip()).append('\n');
            } else {
                header.append("- ").append(p.name()).append(": not given (").append(p.description())
                        .append("); decide or ask the user before the step that needs it\n");
            }
        }
        if (!missing.isEmpty()) {
            throw SopException.badArguments("The SOP '" + sop.name() + "' needs " + String.join(", ", missing) + ".",
                    "Pass a value for each required argument: " + String.join(", ", missing) + ".");
        }
        Matcher m = PLACEHOLDER.matcher(sop.markdown());
        StringBuilder body = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(body, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(body);
        return "Follow this standard operating procedure step by step. Respect every constraint (MUST, SHOULD, MAY as "
                + "in RFC 2119), run the commands with the call_aws tool, and check each step's result before the next.\n\n"
                + (header.length() > 0 ? "Parameters:\n" + header + "\n" : "")
                + body;
    }
}
