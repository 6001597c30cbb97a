package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Scalars written the way Python writes them, since every AWS CLI format is produced by Python: {@code repr} of a
 * float (shortest round-trip digits, exponent form outside 1e-4..1e16) and {@code str()} of a JSON scalar
 * ({@code True}, {@code None}).
 */
final class PythonValues {
    private PythonValues() {
    }

    /** Python's {@code repr(float)}: {@code 1.0}, {@code 0.1}, {@code 1e+16}, {@code 1e-05}, {@code inf}, {@code nan}. */
    static String floatRepr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortestDigits(value);
        String digits = shortest.unscaledValue().abs().toString();
        // Strip trailing zeros of the digit string (they carry no information for repr).
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        int exponentAdjust = digits.length() - end;
        digits = digits.substring(0, end);
        // value = 0.d1d2...dn * 10^decpt
        int decpt = digits.length() - shortest.scale() + exponentAdjust;
        StringBuilder out = new StringBuilder(24);
        if (value < 0) {
            out.append('-');
        }
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                out.append("0.");
                out.append("0".repeat(-decpt));
                out.append(digits);
            } else if (decpt >= digits.length()) {
                out.append(digits);
                out.append("0".repeat(decpt - digits.length()));
                out.append(".0");
            } else {
                out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exponent = decpt - 1;
            out.append(exponent < 0 ? "e-" : "e+");
            int abs = Math.abs(exponent);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        }
        return out.toString();
    }

    private static BigDecimal shortestDigits(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /** The double a Python program would hold for this numeric node (floats stay floats, ints stay ints). */
    static boolean isFloat(JsonNode node) {
        return node.isFloatingPointNumber();
    }

    static double doubleOf(JsonNode node) {
        if (node.isFloat()) {
            // A float node came from text such as 1.1: keep the short decimal, not the widened binary value.
            return Double.parseDouble(Float.toString(node.floatValue()));
        }
        return node.doubleValue();
    }

    /** Python's {@code str()} of a decoded JSON scalar: strings as-is, {@code True}, {@code None}, float repr. */
    static String str(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "None";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "True" : "False";
        }
        if (node.isNumber()) {
            return isFloat(node) ? floatRepr(doubleOf(node)) : node.bigIntegerValue().toString();
        }
        if (node.isBinary()) {
            return node.asText();
        }
        // Containers are never passed here by the formatters; fall back to JSON text.
        return node.toString();
    }
}
