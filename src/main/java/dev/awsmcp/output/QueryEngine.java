package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.smithy.jmespath.ExpressionProblem;
import software.amazon.smithy.jmespath.JmespathException;
import software.amazon.smithy.jmespath.JmespathExceptionType;
import software.amazon.smithy.jmespath.JmespathExpression;
import software.amazon.smithy.jmespath.LinterResult;

/**
 * {@code --query}: JMESPath through smithy-jmespath's evaluator over Jackson trees, compiled expressions cached.
 */
final class QueryEngine {
    private static final String FUNCTIONS_HINT = "JMESPath functions are: abs, avg, ceil, contains, ends_with, "
            + "floor, join, keys, length, map, max, max_by, merge, min, min_by, not_null, reverse, sort, sort_by, "
            + "starts_with, sum, to_array, to_number, to_string, type, values.";
    private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    private final Cache<String, JmespathExpression> compiled;

    QueryEngine(int cacheSize) {
        this.compiled = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    JsonNode query(JsonNode json, String expression) {
        if (expression == null || expression.isBlank()) {
            throw new OutputException("InvalidQuery", "The --query expression is empty.",
                    "Pass a JMESPath expression, e.g. --query 'Reservations[].Instances[].InstanceId'.");
        }
        JmespathExpression parsed = compile(expression);
        try {
            JsonNode result = parsed.evaluate(json == null ? NullNode.getInstance() : json,
                    JacksonJmespathRuntime.INSTANCE);
            return result == null ? NullNode.getInstance() : result;
        } catch (JmespathException e) {
            String why = e.getType() == JmespathExceptionType.INVALID_TYPE
                    ? "a function or comparison received a value of the wrong type"
                    : clean(e.getMessage());
            throw new OutputException("QueryFailed",
                    "The --query expression '" + expression + "' failed on this output: " + why + ".",
                    "Check the types your functions receive (e.g. sum() needs numbers, join() needs strings); "
                            + "run without --query to see the output's shape.");
        } catch (RuntimeException e) {
            throw new OutputException("QueryFailed",
                    "The --query expression '" + expression + "' failed on this output.",
                    "Run without --query to see the output's shape, then adjust the expression.");
        }
    }

    JmespathExpression compile(String expression) {
        JmespathExpression cached = compiled.getIfPresent(expression);
        if (cached != null) {
            return cached;
        }
        JmespathExpression parsed;
        try {
            parsed = JmespathExpression.parse(LegacyLiterals.rewrite(expression));
        } catch (JmespathException e) {
            throw invalid(expression, e);
        } catch (RuntimeException parserDefect) {
            // found by fuzzing: the JMESPath parser throws a NullPointerException on some malformed literals
            throw new OutputException("InvalidQuery", "The --query expression '" + expression + "' is not valid JMESPath.",
                    "Check the quotes and backticks of literals: `\"text\"` or 'text' for strings, `1` for numbers.");
        }
        rejectUnknownFunctions(expression, parsed);
        compiled.put(expression, parsed);
        return parsed;
    }

    /** Unknown functions and wrong argument counts fail on every input, so they are reported before evaluating. */
    private static void rejectUnknownFunctions(String expression, JmespathExpression parsed) {
        LinterResult lint;
        try {
            lint = parsed.lint();
        } catch (RuntimeException e) {
            return; // the linter is advisory; evaluation reports real failures
        }
        for (ExpressionProblem p : lint.getProblems()) {
            if (p.severity != ExpressionProblem.Severity.ERROR) {
                continue;
            }
            boolean unknown = p.message.startsWith("Unknown function");
            boolean arity = p.message.contains("arguments");
            if (unknown || arity) {
                throw new OutputException("InvalidQuery",
                        "Invalid --query expression '" + expression + "' at column " + p.column + ": "
                                + clean(p.message) + ".",
                        unknown ? FUNCTIONS_HINT : "Pass the number of arguments the function takes, "
                                + "e.g. contains(Name, 'web'), join(', ', Names), sort_by(Items, &Date).");
            }
        }
    }

    private static OutputException invalid(String expression, JmespathException e) {
        String message = clean(e.getMessage());
        Matcher m = POSITION.matcher(message == null ? "" : message);
        String where = "";
        if (m.find()) {
            int column = Integer.parseInt(m.group(2));
            where = " at column " + column + " (" + pointer(expression, column) + ")";
        }
        String hint;
        if (e.getType() == JmespathExceptionType.UNKNOWN_FUNCTION) {
            hint = FUNCTIONS_HINT;
        } else if (e.getType() == JmespathExceptionType.INVALID_ARITY) {
            hint = "Pass the number of arguments the function takes, e.g. contains(Name, 'web').";
        } else {
            hint = "Quote string literals with single quotes ('web'), use backticks for JSON literals (`10`), "
                    + "double quotes for keys with special characters (\"aws:cloudformation:stack-name\"), "
                    + "and wrap the whole expression in single quotes for the shell.";
        }
        return new OutputException("InvalidQuery",
                "Invalid --query expression '" + expression + "'" + where + ": " + message + ".", hint);
    }

    private static String pointer(String expression, int column) {
        int at = Math.max(0, Math.min(expression.length(), column - 1));
        return "near '" + expression.substring(at, Math.min(expression.length(), at + 12)) + "'";
    }

    private static String clean(String message) {
        if (message == null) {
            return "unknown error";
        }
        String m = message.strip();
        while (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m;
    }
}
