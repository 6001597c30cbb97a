package dev.awsmcp.sop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls the {@code aws ...} commands out of an SOP's fenced code blocks, for the command checks. */
final class SopCommands {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-z0-9_]*)}");

    private SopCommands() {}

    /**
     * A command found in an SOP.
     *
     * @param sop  the SOP name
     * @param line the 1-based line where it starts
     * @param text the command with line continuations joined
     */
    record Command(String sop, int line, String text) {
        @Override
        public String toString() {
            return "sops/" + sop + ".md:" + line + ": " + text;
        }
    }

    /** Every line in a fenced block that starts with {@code aws }, continuations ({@code \} at line end) joined. */
    static List<Command> extract(Sop sop) {
        List<Command> out = new ArrayList<>();
        String[] lines = sop.markdown().split("\n", -1);
        boolean inCode = false;
        for (int i = 0; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inCode = !inCode;
                continue;
            }
            if (!inCode || !stripped.startsWith("aws ")) {
                continue;
            }
            int start = i;
            StringBuilder cmd = new StringBuilder();
            String line = stripped;
            while (line.endsWith("\\") && i + 1 < lines.length) {
                cmd.append(line, 0, line.length() - 1).append(' ');
                line = lines[++i].strip();
            }
            cmd.append(line);
            out.add(new Command(sop.name(), start + 1, cmd.toString()));
        }
        return out;
    }

    /** Replaces every {@code ${name}} with its sample; unknown names are collected in {@code missing}. */
    static String substitute(String command, Map<String, String> samples, List<String> missing) {
        Matcher m = PLACEHOLDER.matcher(command);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = samples.get(m.group(1));
            if (v == null) {
                missing.add(m.group(1));
                v = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
