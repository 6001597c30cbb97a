package dev.awsmcp.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sync decisions of {@code SizeAndLastModifiedSync}, {@code SizeOnlySync}, {@code ExactTimestampsSync}. */
class SyncComparatorTest {
    private static final Instant T = Instant.parse("2024-01-02T03:04:05Z");

    private static FileStat f(String key, long size, Instant time, String op) {
        return new FileStat("src/" + key, "dst/" + key, key, size, time, op.equals("download"), !op.equals("download"),
                op, null, null);
    }

    @Test
    void uploadsWhenTheSourceIsNewerOrTheSizeDiffers() {
        SyncComparator c = new SyncComparator(SyncComparator.Strategy.SIZE_AND_LAST_MODIFIED, false);

        assertThat(c.shouldSync(f("a", 1, T.plusSeconds(1), "upload"), f("a", 1, T, ""))).isTrue();
        assertThat(c.shouldSync(f("a", 1, T, "upload"), f("a", 1, T, ""))).isFalse();
        assertThat(c.shouldSync(f("a", 1, T.minusSeconds(9), "upload"), f("a", 1, T, ""))).isFalse();
        assertThat(c.shouldSync(f("a", 2, T.minusSeconds(9), "upload"), f("a", 1, T, ""))).isTrue();
    }

    @Test
    void downloadsWhenTheLocalFileIsNewerButNotWhenOlder() {
        SyncComparator c = new SyncComparator(SyncComparator.Strategy.SIZE_AND_LAST_MODIFIED, false);

        assertThat(c.shouldSync(f("a", 1, T, "download"), f("a", 1, T.plusSeconds(5), ""))).isTrue();
        assertThat(c.shouldSync(f("a", 1, T, "download"), f("a", 1, T.minusSeconds(5), ""))).isFalse();
    }

    @Test
    void exactTimestampsDownloadsUnlessTheTimesAreEqual() {
        SyncComparator c = new SyncComparator(SyncComparator.Strategy.EXACT_TIMESTAMPS, false);

        assertThat(c.shouldSync(f("a", 1, T, "download"), f("a", 1, T.minusSeconds(5), ""))).isTrue();
        assertThat(c.shouldSync(f("a", 1, T, "download"), f("a", 1, T, ""))).isFalse();
        assertThat(c.shouldSync(f("a", 1, T, "upload"), f("a", 1, T.minusSeconds(5), ""))).isTrue();
    }

    @Test
    void mergesListingsByKeyInCodePointOrder() {
        SyncComparator c = new SyncComparator(SyncComparator.Strategy.SIZE_ONLY, true);
        List<FileStat> src = List.of(f("a", 1, T, "upload"), f("b/x", 1, T, "upload"), f("\uD83D\uDE00", 1, T, "upload"));
        List<FileStat> dst = List.of(f("a", 1, T, ""), f("b-y", 1, T, ""), f("\uFFFD", 1, T, ""));

        List<FileStat> out = c.compare(src, dst);

        assertThat(out).extracting(FileStat::compareKey, FileStat::operation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("b-y", "delete"),
                org.assertj.core.groups.Tuple.tuple("b/x", "upload"),
                org.assertj.core.groups.Tuple.tuple("\uFFFD", "delete"),
                org.assertj.core.groups.Tuple.tuple("\uD83D\uDE00", "upload"));
    }
}
