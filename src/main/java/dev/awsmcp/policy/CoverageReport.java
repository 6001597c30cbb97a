package dev.awsmcp.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many model operations each source places.
 *
 * @param total    operations classified
 * @param bySource count per source (every source present, zero when none)
 * @param unplaced the operations placed by {@code heuristic} or {@code unknown}, for review
 */
public record CoverageReport(int total, Map<Source, Integer> bySource, List<Classification> unplaced) {
    public CoverageReport {
        bySource = Map.copyOf(bySource);
        unplaced = List.copyOf(unplaced);
    }

    static CoverageReport of(List<Classification> all) {
        Map<Source, Integer> counts = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            counts.put(s, 0);
        }
        all.forEach(c -> counts.merge(c.source(), 1, Integer::sum));
        List<Classification> unplaced = all.stream()
                .filter(c -> c.source() == Source.HEURISTIC || c.source() == Source.UNKNOWN).toList();
        return new CoverageReport(all.size(), counts, unplaced);
    }

    /** Operations placed by {@code data} or {@code override}, as a fraction of all. */
    public double placedShare() {
        return total == 0 ? 0 : (bySource.get(Source.DATA) + bySource.get(Source.OVERRIDE)) / (double) total;
    }
}
