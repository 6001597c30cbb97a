package dev.awsmcp.client.protocol.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Semantic comparison of Jackson trees: numbers by value (NaN equals NaN), binary by content, objects unordered. */
final class TreeComparison {
    private TreeComparison() {}

    /** The differences between two trees, empty when they match. */
    static List<String> diff(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff("$", expected, actual, out);
        return out;
    }

    private static void diff(String path, JsonNode e, JsonNode a, List<String> out) {
        if (e == null || e.isNull() || e.isMissingNode()) {
            if (!(a == null || a.isNull() || a.isMissingNode())) {
                out.add(path + ": expected null, got " + a);
            }
            return;
        }
        if (a == null || a.isNull() || a.isMissingNode()) {
            out.add(path + ": expected " + e + ", got nothing");
            return;
        }
        if (e.isObject()) {
            if (!a.isObject()) {
                out.add(path + ": expected object, got " + a);
                return;
            }
            TreeSet<String> keys = new TreeSet<>();
            e.fieldNames().forEachRemaining(keys::add);
            a.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                if (!e.has(k)) {
                    out.add(path + "." + k + ": unexpected " + a.get(k));
                } else if (!a.has(k) && !e.get(k).isNull()) {
                    out.add(path + "." + k + ": missing, expected " + e.get(k));
                } else {
                    diff(path + "." + k, e.get(k), a.get(k), out);
                }
            }
            return;
        }
        if (e.isArray()) {
            if (!a.isArray() || a.size() != e.size()) {
                out.add(path + ": expected " + e + ", got " + a);
                return;
            }
            Iterator<JsonNode> ei = e.elements();
            Iterator<JsonNode> ai = a.elements();
            int i = 0;
            while (ei.hasNext()) {
                diff(path + "[" + i++ + "]", ei.next(), ai.next(), out);
            }
            return;
        }
        if (e.isNumber() && a.isNumber()) {
            double x = e.doubleValue();
            double y = a.doubleValue();
            boolean same = Double.isNaN(x) ? Double.isNaN(y)
                    : x == y || (!Double.isInfinite(x) && !Double.isInfinite(y) && e.decimalValue().compareTo(a.decimalValue()) == 0);
            if (!same) {
                out.add(path + ": expected " + e + ", got " + a);
            }
            return;
        }
        if (e.isBinary() || a.isBinary()) {
            try {
                byte[] eb = e.isBinary() ? e.binaryValue() : e.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                byte[] ab = a.isBinary() ? a.binaryValue() : a.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (!Arrays.equals(eb, ab)) {
                    out.add(path + ": expected bytes " + new String(eb) + ", got " + new String(ab));
                }
            } catch (IOException ex) {
                out.add(path + ": " + ex);
            }
            return;
        }
        if (e.isNumber() != a.isNumber() && e.isNumber() && a.isTextual()) {
            out.add(path + ": expected number " + e + ", got text " + a);
            return;
        }
        if (!e.equals(a)) {
            out.add(path + ": expected " + e + ", got " + a);
        }
    }
}
