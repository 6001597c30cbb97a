package dev.awsmcp.s3;

import dev.awsmcp.text.CodePointOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what {@code sync} transfers ({@code comparator.Comparator} with the sync strategies): both listings are in
 * key order, so one merge pass pairs files by compare key. A file at both ends is sent when its size differs or its
 * time says the source is newer ({@code --size-only}: size alone; {@code --exact-timestamps}: downloads need equal
 * times); a file only at the source is always sent; a file only at the destination is deleted with
 * {@code --delete}.
 */
final class SyncComparator {
    /** How files found at both ends are compared. */
    enum Strategy { SIZE_AND_LAST_MODIFIED, SIZE_ONLY, EXACT_TIMESTAMPS }

    private final Strategy atBoth;
    private final boolean delete;

    SyncComparator(Strategy atBoth, boolean delete) {
        this.atBoth = atBoth;
        this.delete = delete;
    }

    /** The strategy the sync flags choose; the last registered flag wins, as in the CLI. */
    static SyncComparator forArgs(S3Args args) {
        Strategy s = Strategy.SIZE_AND_LAST_MODIFIED;
        if (args.flag("size-only")) {
            s = Strategy.SIZE_ONLY;
        }
        if (args.flag("exact-timestamps")) {
            s = Strategy.EXACT_TIMESTAMPS;
        }
        return new SyncComparator(s, args.flag("delete"));
    }

    List<FileStat> compare(List<FileStat> src, List<FileStat> dest) {
        List<FileStat> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < src.size() || j < dest.size()) {
            if (i < src.size() && j < dest.size()) {
                FileStat s = src.get(i);
                FileStat d = dest.get(j);
                int c = CodePointOrder.compare(s.compareKey(), d.compareKey());
                if (c == 0) {
                    if (shouldSync(s, d)) {
                        out.add(s);
                    }
                    i++;
                    j++;
                } else if (c < 0) {
                    out.add(s);
                    i++;
                } else {
                    if (delete) {
                        out.add(d.withOperation("delete"));
                    }
                    j++;
                }
            } else if (i < src.size()) {
                out.add(src.get(i++));
            } else {
                FileStat d = dest.get(j++);
                if (delete) {
                    out.add(d.withOperation("delete"));
                }
            }
        }
        return out;
    }

    boolean shouldSync(FileStat src, FileStat dest) {
        if (atBoth == Strategy.SIZE_ONLY) {
            return !sameSize(src, dest);
        }
        return !sameSize(src, dest) || !sameTime(src, dest);
    }

    private static boolean sameSize(FileStat src, FileStat dest) {
        return src.size() == null ? dest.size() == null : src.size().equals(dest.size());
    }

    /** {@code compare_time}: true when the destination does not need updating because of its time. */
    private boolean sameTime(FileStat src, FileStat dest) {
        Instant s = src.lastUpdate();
        Instant d = dest.lastUpdate();
        if (s == null || d == null) {
            return false;
        }
        Duration delta = Duration.between(s, d);
        String op = src.operation();
        if (op.equals("download")) {
            if (atBoth == Strategy.EXACT_TIMESTAMPS) {
                return delta.isZero();
            }
            return delta.isNegative() || delta.isZero();
        }
        // upload, copy: a destination at least as new as the source is up to date
        return !delta.isNegative();
    }
}
