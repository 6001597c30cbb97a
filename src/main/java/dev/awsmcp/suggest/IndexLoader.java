package dev.awsmcp.suggest;

/** Opens the suggestion index: the one the build bundled, or one built on first use and cached on disk. */
final class IndexLoader {
    private IndexLoader() {}

    static SuggestIndex bundled(TaskQuery.Weights weights) {
        SuggestIndex idx = SuggestIndex.fromClasspath(weights);
        if (idx == null) {
            throw new IllegalStateException("no bundled suggestion index; build with Maven");
        }
        return idx;
    }
}
