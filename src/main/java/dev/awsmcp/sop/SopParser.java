package dev.awsmcp.sop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and validates one SOP file in the Agent SOP format, reporting every problem with its line:
 * <ul>
 *   <li>{@code # Title} first, then {@code ## Overview}, {@code ## Parameters}, {@code ## Steps} (required, in this
 *       order) and optionally {@code ## Examples} and {@code ## Troubleshooting}; no other sections;</li>
 *   <li>parameters as {@code - **name** (required|optional, default: value): description};</li>
 *   <li>steps as {@code ### N. Name}, numbered from 1, each with a {@code **Constraints:**} list whose bullets use
 *       RFC 2119 keywords, and every {@code MUST NOT} / {@code SHALL NOT} giving its reason ({@code because ...});</li>
 *   <li>every {@code ${placeholder}} names a declared parameter.</li>
 * </ul>
 * Headings inside fenced code blocks are text, not structure.
 */
public final class SopParser {
    /** Valid SOP names: kebab-case. */
    static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final List<String> SECTIONS = List.of("Overview", "Parameters", "Steps", "Examples", "Troubleshooting");
    private static final Set<String> REQUIRED_SECTIONS = Set.of("Overview", "Parameters", "Steps");
    private static final Pattern PARAMETER = Pattern.compile(
            "^- \\*\\*([a-z][a-z0-9_]*)\\*\\* \\((required|optional)(?:, default: ([^)]+))?\\): (\\S.*)$");
    private static final Pattern BOLD_NAME = Pattern.compile("\\*\\*([a-z][a-z0-9_]*)\\*\\*");
    private static final Pattern STEP = Pattern.compile("^### (\\d+)\\. (\\S.*)$");
    private static final Pattern RFC2119 = Pattern.compile(
            "\\b(MUST NOT|MUST|SHALL NOT|SHALL|SHOULD NOT|SHOULD|REQUIRED|RECOMMENDED|MAY|OPTIONAL)\\b");
    private static final Pattern PROHIBITION = Pattern.compile("\\b(MUST NOT|SHALL NOT)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String CONSTRAINTS = "**Constraints:**";

    private SopParser() {}

    /**
     * Parses and validates an SOP.
     *
     * @param name   the SOP name (the file name without {@code .md})
     * @param source the file, for messages
     * @param text   the file content
     * @return the SOP
     * @throws SopException with {@link SopException#problems()} when the file is malformed
     */
    public static Sop parse(String name, String source, String text) {
        return new Run(name, source, text).parse();
    }

    /** One parse: the lines, the problems found so far. */
    private static final class Run {
        private final String name;
        private final String source;
        private final String text;
        private final List<String> lines;
        private final List<SopProblem> problems = new ArrayList<>();
        /** Names from parameter lines that were rejected, so their placeholders do not cascade into more problems. */
        private final Set<String> rejectedParameters = new HashSet<>();

        Run(String name, String source, String text) {
            this.name = name;
            this.source = source;
            this.text = text.replace("\r\n", "\n");
            this.lines = List.of(this.text.split("\n", -1));
        }

        Sop parse() {
            if (!NAME.matcher(name).matches()) {
                problem(0, "the SOP name '" + name + "' must be kebab-case (lowercase letters, digits and single hyphens)");
            }
            boolean[] code = codeLines();
            String title = null;
            int titleLine = 0;
            Map<String, int[]> sections = new LinkedHashMap<>(); // name -> {heading line index, end index (exclusive)}
            String current = null;
            boolean inRejectedSection = false; // already reported: its content is not "text before the first section"
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (code[i]) {
                    if (current == null && !inRejectedSection && title != null) {
                        problem(i + 1, "text before the first section; start with ## Overview");
                    }
                    continue;
                }
                if (line.startsWith("# ")) {
                    if (title != null) {
                        problem(i + 1, "a second '# ' title; an SOP has exactly one, on its first line");
                    } else {
                        if (!lines.subList(0, i).stream().allMatch(String::isBlank)) {
                            problem(i + 1, "the '# Title' must be the first line");
                        }
                        title = line.substring(2).strip();
                        titleLine = i + 1;
                        if (title.isEmpty()) {
                            problem(i + 1, "the title is empty");
                        }
                    }
                } else if (line.startsWith("## ")) {
                    String section = line.substring(3).strip();
                    if (current != null) {
                        sections.get(current)[1] = i;
                    }
                    inRejectedSection = true;
                    if (!SECTIONS.contains(section)) {
                        problem(i + 1, "unknown section '## " + section + "'; allowed: " + String.join(", ", SECTIONS));
                        current = null;
                    } else if (sections.containsKey(section)) {
                        problem(i + 1, "duplicate section '## " + section + "'");
                        current = null;
                    } else {
                        inRejectedSection = false;
                        int expectedAfter = SECTIONS.indexOf(section);
                        for (String seen : sections.keySet()) {
                            if (SECTIONS.indexOf(seen) > expectedAfter) {
                                problem(i + 1, "section '## " + section + "' must come before '## " + seen + "'");
                                break;
                            }
                        }
                        sections.put(section, new int[] {i, lines.size()});
                        current = section;
                    }
                } else if (line.startsWith("#") && line.matches("^#+[^#\\s].*")) {
                    problem(i + 1, "a heading needs a space after the '#' marks");
                } else if (current == null && !inRejectedSection && !line.isBlank()) {
                    problem(i + 1, title == null ? "the first line must be '# Title'" : "text before the first section; start with ## Overview");
                }
            }
            if (title == null) {
                problem(1, "missing '# Title' on the first line");
                title = "";
            }
            for (String required : SECTIONS) {
                if (REQUIRED_SECTIONS.contains(required) && !sections.containsKey(required)) {
                    problem(titleLine, "missing required section '## " + required + "'");
                }
            }
            String overview = body(sections.get("Overview"));
            if (sections.containsKey("Overview") && overview.isBlank()) {
                problem(sections.get("Overview")[0] + 1, "the overview is empty; say what the SOP achieves and when to use it");
            }
            List<SopParameter> parameters = parameters(sections.get("Parameters"), code);
            List<SopStep> steps = steps(sections.get("Steps"), code);
            String examples = optionalSection(sections.get("Examples"), "Examples");
            String troubleshooting = optionalSection(sections.get("Troubleshooting"), "Troubleshooting");
            checkProhibitionsOutsideSteps(sections, code);
            checkPlaceholders(parameters);
            if (!problems.isEmpty()) {
                throw SopException.malformed(problems);
            }
            return new Sop(name, title, describe(overview), overview.strip(), parameters, steps, examples,
                    troubleshooting, text, source);
        }

        /** Marks lines inside fenced code blocks (fence lines included); reports an unclosed fence. */
        private boolean[] codeLines() {
            boolean[] code = new boolean[lines.size()];
            int open = -1;
            String fence = null;
            for (int i = 0; i < lines.size(); i++) {
                String stripped = lines.get(i).stripLeading();
                if (open < 0 && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                    open = i;
                    fence = stripped.substring(0, 3);
                    code[i] = true;
                } else if (open >= 0) {
                    code[i] = true;
                    if (stripped.startsWith(fence) && stripped.substring(3).isBlank()) {
                        open = -1;
                    }
                }
            }
            if (open >= 0) {
                problem(open + 1, "code block opened here is never closed");
            }
            return code;
        }

        private List<SopParameter> parameters(int[] range, boolean[] code) {
            List<SopParameter> out = new ArrayList<>();
            if (range == null) {
                return out;
            }
            Set<String> seen = new HashSet<>();
            for (int i = range[0] + 1; i < range[1]; i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                if (code[i]) {
                    problem(i + 1, "code blocks do not belong in ## Parameters");
                    continue;
                }
                if (line.startsWith("  ") && !out.isEmpty()) {
                    SopParameter last = out.remove(out.size() - 1);
                    out.add(new SopParameter(last.name(), last.required(), last.defaultValue(),
                            last.description() + " " + line.strip()));
                    continue;
                }
                Matcher m = PARAMETER.matcher(line);
                Matcher named = BOLD_NAME.matcher(line);
                if (named.find()) {
                    rejectedParameters.add(named.group(1));
                }
                if (!m.matches()) {
                    problem(i + 1, "expected a parameter like '- **name** (required): description' or "
                            + "'- **name** (optional, default: value): description', found '" + abbreviate(line) + "'");
                    continue;
                }
                boolean required = m.group(2).equals("required");
                String def = m.group(3) == null ? null : m.group(3).strip();
                if (required && def != null) {
                    problem(i + 1, "required parameter '" + m.group(1) + "' cannot have a default; make it optional or drop the default");
                    continue;
                }
                if (!seen.add(m.group(1))) {
                    problem(i + 1, "duplicate parameter '" + m.group(1) + "'");
                    continue;
                }
                out.add(new SopParameter(m.group(1), required, def, m.group(4).strip()));
            }
            return out;
        }

        private List<SopStep> steps(int[] range, boolean[] code) {
            List<SopStep> out = new ArrayList<>();
            if (range == null) {
                return out;
            }
            List<Integer> starts = new ArrayList<>();
            for (int i = range[0] + 1; i < range[1]; i++) {
                if (!code[i] && lines.get(i).startsWith("###")) {
                    starts.add(i);
                }
            }
            if (starts.isEmpty()) {
                problem(range[0] + 1, "## Steps has no steps; add '### 1. Name' headings");
                return out;
            }
            for (int s = 0; s < starts.size(); s++) {
                int start = starts.get(s);
                int end = s + 1 < starts.size() ? starts.get(s + 1) : range[1];
                Matcher m = STEP.matcher(lines.get(start));
                if (!m.matches()) {
                    problem(start + 1, "expected a step heading like '### " + (out.size() + 1) + ". Name', found '"
                            + abbreviate(lines.get(start)) + "'");
                    continue;
                }
                int number = Integer.parseInt(m.group(1));
                if (number != s + 1) {
                    problem(start + 1, "step numbered " + number + " where " + (s + 1) + " was expected; number steps 1, 2, 3, ...");
                }
                out.add(step(number, m.group(2).strip(), start, end, code));
            }
            return out;
        }

        private SopStep step(int number, String stepName, int start, int end, boolean[] code) {
            int marker = -1;
            for (int i = start + 1; i < end; i++) {
                if (!code[i] && lines.get(i).strip().equals(CONSTRAINTS)) {
                    marker = i;
                    break;
                }
            }
            if (marker < 0) {
                problem(start + 1, "step " + number + " has no '" + CONSTRAINTS + "' list");
                return new SopStep(number, stepName, join(start + 1, end), List.of());
            }
            List<String> constraints = new ArrayList<>();
            List<Integer> constraintLines = new ArrayList<>();
            for (int i = marker + 1; i < end; i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                if (code[i]) {
                    problem(i + 1, "code belongs before '" + CONSTRAINTS + "', not inside the constraint list");
                    continue;
                }
                if (line.startsWith("- ")) {
                    constraints.add(line.substring(2).strip());
                    constraintLines.add(i + 1);
                } else if (line.startsWith("  ") && !constraints.isEmpty()) {
                    int last = constraints.size() - 1;
                    constraints.set(last, constraints.get(last) + " " + line.strip());
                } else {
                    problem(i + 1, "only '- ' bullets may follow '" + CONSTRAINTS + "' in a step; found '" + abbreviate(line) + "'");
                }
            }
            if (constraints.isEmpty()) {
                problem(marker + 1, "step " + number + " lists no constraints");
            }
            for (int c = 0; c < constraints.size(); c++) {
                String constraint = constraints.get(c);
                if (!RFC2119.matcher(constraint).find()) {
                    problem(constraintLines.get(c), "constraint without an RFC 2119 keyword (MUST, MUST NOT, SHOULD, "
                            + "SHOULD NOT, MAY): '" + abbreviate(constraint) + "'");
                }
                checkProhibition(constraint, constraintLines.get(c));
            }
            return new SopStep(number, stepName, join(start + 1, marker), constraints);
        }

        private void checkProhibitionsOutsideSteps(Map<String, int[]> sections, boolean[] code) {
            for (Map.Entry<String, int[]> e : sections.entrySet()) {
                if (e.getKey().equals("Steps")) {
                    continue;
                }
                for (int i = e.getValue()[0] + 1; i < e.getValue()[1]; i++) {
                    if (!code[i]) {
                        checkProhibition(lines.get(i), i + 1);
                    }
                }
            }
        }

        private void checkProhibition(String text, int line) {
            if (PROHIBITION.matcher(text).find() && !text.toLowerCase(java.util.Locale.ROOT).contains("because")) {
                problem(line, "a MUST NOT must give its reason ('You MUST NOT ... because ...'): '" + abbreviate(text) + "'");
            }
        }

        private void checkPlaceholders(List<SopParameter> parameters) {
            Set<String> declared = new HashSet<>(rejectedParameters);
            parameters.forEach(p -> declared.add(p.name()));
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = PLACEHOLDER.matcher(lines.get(i));
                while (m.find()) {
                    String placeholder = m.group(1);
                    if (!PLACEHOLDER_NAME.matcher(placeholder).matches()) {
                        problem(i + 1, "placeholder '${" + placeholder + "}' is not a valid parameter name (snake_case)");
                    } else if (!declared.contains(placeholder)) {
                        problem(i + 1, "placeholder '${" + placeholder + "}' is not declared in ## Parameters");
                    }
                }
            }
        }

        private String optionalSection(int[] range, String sectionName) {
            if (range == null) {
                return null;
            }
            String body = body(range);
            if (body.isBlank()) {
                problem(range[0] + 1, "section '## " + sectionName + "' is empty; remove it or fill it");
            }
            return body.strip();
        }

        private String body(int[] range) {
            return range == null ? "" : join(range[0] + 1, range[1]);
        }

        private String join(int from, int to) {
            return String.join("\n", lines.subList(from, Math.max(from, to))).strip();
        }

        private void problem(int line, String message) {
            problems.add(new SopProblem(source, line, message));
        }
    }

    /** The overview's first paragraph, cut after the second sentence or 240 characters. */
    static String describe(String overview) {
        String paragraph = overview.strip().split("\\n\\s*\\n", 2)[0].replaceAll("\\s+", " ").strip();
        int sentences = 0;
        for (int i = 0; i < paragraph.length() - 1; i++) {
            if (paragraph.charAt(i) == '.' && paragraph.charAt(i + 1) == ' ' && ++sentences == 2) {
                paragraph = paragraph.substring(0, i + 1);
                break;
            }
        }
        return paragraph.length() <= 240 ? paragraph : paragraph.substring(0, 237).strip() + "...";
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }
}
