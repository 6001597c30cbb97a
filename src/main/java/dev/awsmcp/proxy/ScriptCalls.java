package dev.awsmcp.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the AWS calls a remote {@code run_script} would make: the AWS MCP Server's sandbox reaches AWS only
 * through {@code call_boto3(service_name=..., operation_name=..., ...)}. A script is judged only when every call
 * is <em>visible</em>: names given as string literals, no {@code **kwargs}, no aliasing of {@code call_boto3}, and
 * none of the names that could reach AWS or run hidden code another way ({@code eval}, {@code getattr},
 * {@code boto3}, {@code subprocess}, ...). Anything else is reported as hidden, and the caller denies it.
 */
public final class ScriptCalls {
    /** Names whose presence anywhere (code, string or comment) makes the script's calls unknowable. */
    private static final Pattern HIDING = Pattern.compile("\\b(eval|exec|compile|getattr|setattr|delattr|__import__|"
            + "importlib|globals|locals|vars|__builtins__|__dict__|__class__|__subclasses__|subprocess|os\\.system|"
            + "os\\.popen|boto3|botocore|requests|urllib|http\\.client|socket|aiohttp|httpx|pickle|marshal|ctypes|"
            + "runpy|code\\.interact)\\b");
    private static final Pattern NAME = Pattern.compile("\\bcall_boto3\\b");
    private static final Pattern CALL = Pattern.compile("\\bcall_boto3\\s*\\(");

    private ScriptCalls() {}

    /**
     * One visible call.
     *
     * @param service   the boto3 service name ({@code s3})
     * @param operation the operation name as written ({@code ListBuckets})
     * @param line      its 1-based line
     */
    public record BotoCall(String service, String operation, int line) {}

    /**
     * What a script does.
     *
     * @param calls  the visible calls, in order
     * @param hidden why some call may not be visible, or null when all are
     */
    public record Extraction(List<BotoCall> calls, String hidden) {
        public Extraction {
            calls = List.copyOf(calls);
        }
    }

    /**
     * @param code the script
     * @return its calls, or the reason they cannot all be seen
     */
    public static Extraction of(String code) {
        Matcher hiding = HIDING.matcher(code);
        if (hiding.find()) {
            return new Extraction(List.of(), "the script uses '" + hiding.group(1) + "' (line " + line(code, hiding.start())
                    + "), which can make AWS calls that cannot be checked before it runs");
        }
        Skeleton s = Skeleton.of(code);
        int named = count(NAME.matcher(code));
        List<BotoCall> calls = new ArrayList<>();
        Matcher m = CALL.matcher(s.code);
        while (m.find()) {
            int open = m.end() - 1;
            int close = closing(s.code, open);
            if (close < 0) {
                return new Extraction(List.of(), "a call_boto3( on line " + line(s.code, m.start()) + " is not closed");
            }
            String service = null;
            String operation = null;
            for (String arg : topLevel(s.code.substring(open + 1, close))) {
                String a = arg.strip();
                if (a.isEmpty()) {
                    continue;
                }
                if (a.startsWith("*")) {
                    return new Extraction(List.of(), "call_boto3 on line " + line(s.code, m.start())
                            + " takes unpacked arguments (" + (a.startsWith("**") ? "**" : "*") + "), so its service and operation cannot be read");
                }
                Matcher kw = Pattern.compile("^(\\w+)\\s*=\\s*(.*)$", Pattern.DOTALL).matcher(a);
                if (!kw.matches()) {
                    return new Extraction(List.of(), "call_boto3 on line " + line(s.code, m.start())
                            + " takes a positional argument; only service_name=... and operation_name=... literals can be checked");
                }
                String value = s.literal(kw.group(2).strip());
                if (kw.group(1).equals("service_name")) {
                    service = value;
                } else if (kw.group(1).equals("operation_name")) {
                    operation = value;
                }
            }
            if (service == null || operation == null) {
                return new Extraction(List.of(), "call_boto3 on line " + line(s.code, m.start())
                        + " does not name its service_name and operation_name as string literals");
            }
            calls.add(new BotoCall(service, operation, line(s.code, m.start())));
        }
        if (calls.size() != named) {
            return new Extraction(List.of(), "call_boto3 is used " + named + " times but called visibly only " + calls.size()
                    + " times (an alias, a string or a comment naming it)");
        }
        return new Extraction(calls, null);
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int line(String code, int offset) {
        int n = 1;
        for (int i = 0; i < offset && i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return c == ')' ? i : -1;
                }
            }
        }
        return -1;
    }

    private static List<String> topLevel(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(args.substring(start, i));
                start = i + 1;
            }
        }
        out.add(args.substring(start));
        return out;
    }

    /**
     * The script with comments removed and every string literal replaced by {@code \u0001N\u0001} (N indexes
     * {@link #strings}), so that brackets and commas inside strings do not count.
     */
    private static final class Skeleton {
        final String code;
        final List<String> strings;
        final List<Boolean> formatted;

        private Skeleton(String code, List<String> strings, List<Boolean> formatted) {
            this.code = code;
            this.strings = strings;
            this.formatted = formatted;
        }

        static Skeleton of(String src) {
            StringBuilder out = new StringBuilder(src.length());
            List<String> strings = new ArrayList<>();
            List<Boolean> formatted = new ArrayList<>();
            int i = 0;
            while (i < src.length()) {
                char c = src.charAt(i);
                if (c == '#') {
                    while (i < src.length() && src.charAt(i) != '\n') {
                        i++;
                    }
                    continue;
                }
                if (c == '\'' || c == '"') {
                    int prefixStart = out.length();
                    boolean f = false;
                    while (prefixStart > 0 && "rRbBfFuU".indexOf(out.charAt(prefixStart - 1)) >= 0) {
                        prefixStart--;
                        f |= Character.toLowerCase(out.charAt(prefixStart)) == 'f';
                    }
                    if (prefixStart > 0 && Character.isLetterOrDigit(out.charAt(prefixStart - 1))) {
                        prefixStart = out.length(); // part of a name, not a prefix
                        f = false;
                    }
                    out.setLength(prefixStart);
                    boolean triple = src.startsWith(String.valueOf(c).repeat(3), i);
                    String quote = triple ? String.valueOf(c).repeat(3) : String.valueOf(c);
                    int j = i + quote.length();
                    StringBuilder text = new StringBuilder();
                    while (j < src.length() && !src.startsWith(quote, j)) {
                        if (src.charAt(j) == '\\' && j + 1 < src.length()) {
                            text.append(src.charAt(j + 1));
                            j += 2;
                            continue;
                        }
                        text.append(src.charAt(j++));
                    }
                    strings.add(text.toString());
                    formatted.add(f);
                    out.append('\u0001').append(strings.size() - 1).append('\u0001');
                    // keep the line count, so that line numbers found in the skeleton are the script's
                    text.chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                    i = Math.min(src.length(), j + quote.length());
                    continue;
                }
                out.append(c);
                i++;
            }
            return new Skeleton(out.toString(), strings, formatted);
        }

        /** The text of a lone, plain string literal, or null. */
        String literal(String token) {
            Matcher m = Pattern.compile("^\u0001(\\d+)\u0001$").matcher(token);
            if (!m.matches()) {
                return null;
            }
            int n = Integer.parseInt(m.group(1));
            return formatted.get(n) ? null : strings.get(n);
        }
    }
}
