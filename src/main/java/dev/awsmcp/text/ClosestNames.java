package dev.awsmcp.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Closest valid names for a mistyped one (Levenshtein distance, with prefix/substring matches first), for the
 * "Did you mean ...?" hints of errors anywhere in the pipeline (command parser, help, SOP library).
 */
public final class ClosestNames {
    private ClosestNames() {}

    /**
     * The closest candidates.
     *
     * @param wrong      what was written
     * @param candidates valid names
     * @param max        how many to return
     * @return up to {@code max} names, best first
     */
    public static List<String> closest(String wrong, Collection<String> candidates, int max) {
        record Scored(String name, int score) {}
        List<Scored> scored = new ArrayList<>();
        String w = wrong.toLowerCase(java.util.Locale.ROOT);
        int limit = Math.max(3, w.length() / 2 + 2);
        // a name can come from two sources (a model operation the CLI also lists by hand): suggest it once
        for (String c : new java.util.LinkedHashSet<>(candidates)) {
            String lc = c.toLowerCase(java.util.Locale.ROOT);
            // names further than the limit are never shown, so the distance stops counting just past it
            int d = distance(w, lc, limit + 1);
            if (lc.startsWith(w) || w.startsWith(lc)) {
                d = Math.min(d, 1 + Math.abs(lc.length() - w.length()) / 4);
            } else if (lc.contains(w) || w.contains(lc)) {
                d = Math.min(d, 2 + Math.abs(lc.length() - w.length()) / 4);
            }
            scored.add(new Scored(c, d));
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        List<String> out = new ArrayList<>();
        for (Scored s : scored) {
            if (out.size() >= max || s.score > limit && !out.isEmpty()) {
                break;
            }
            out.add(s.name);
        }
        return out;
    }

    /** Levenshtein edit distance. */
    public static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE);
    }

    /**
     * Levenshtein edit distance, or {@code cap} as soon as it is known to be at least that (the length difference
     * alone, or a whole row of the table at or above it): most candidates are far from what was typed.
     *
     * @param a   one string
     * @param b   the other
     * @param cap the distance above which the exact value does not matter
     * @return the distance, at most {@code cap}
     */
    public static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) >= cap) {
            return cap;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= cap) {
                return cap;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], cap);
    }
}
