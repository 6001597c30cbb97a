package dev.awsmcp.s3;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code --include}/{@code --exclude} ({@code filters.Filter}): every file starts included; each rule, in command
 * order, whose pattern (joined to the source root, and again to the destination root) matches the file's full path
 * sets it included or excluded, so later rules win.
 */
final class PathFilter {
    private final List<Rule> rules;

    private record Rule(boolean include, Pattern src, Pattern dst) {}

    private PathFilter(List<Rule> rules) {
        this.rules = rules;
    }

    /** No rules: everything passes. */
    static PathFilter none() {
        return new PathFilter(List.of());
    }

    /**
     * {@code create_filter}.
     *
     * @param filters    the rules in command order
     * @param paths      the command's source and destination
     * @param local      resolves local roots
     */
    static PathFilter of(List<FilterRule> filters, TransferPaths paths, LocalPaths local) {
        if (filters.isEmpty()) {
            return none();
        }
        String srcRoot = root(paths.src(), paths.dirOp(), local);
        String dstRoot = root(paths.dest(), paths.dirOp(), local);
        List<Rule> rules = new ArrayList<>();
        for (FilterRule f : filters) {
            rules.add(new Rule(f.include(), Fnmatch.compile(join(srcRoot, f.pattern())),
                    Fnmatch.compile(join(dstRoot, f.pattern()))));
        }
        return new PathFilter(rules);
    }

    /** Whether a found file passes. */
    boolean accepts(FileStat f) {
        boolean include = true;
        for (Rule r : rules) {
            if (r.src().matcher(f.src()).matches()) {
                include = r.include();
            }
            if (r.dst().matcher(f.src()).matches()) {
                include = r.include();
            }
        }
        return include;
    }

    List<FileStat> apply(List<FileStat> files) {
        if (rules.isEmpty()) {
            return files;
        }
        List<FileStat> kept = new ArrayList<>();
        for (FileStat f : files) {
            if (accepts(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static String root(String location, boolean dirOp, LocalPaths local) {
        if (S3Location.isS3(location)) {
            S3Location loc = S3Location.ofUri(location);
            String key = loc.key();
            if (!dirOp && !key.endsWith("/")) {
                int slash = key.lastIndexOf('/');
                key = slash < 0 ? "" : key.substring(0, slash);
            }
            return loc.bucket() + "/" + key;
        }
        Path base = local.workdir();
        if (dirOp) {
            return abspath(base, location);
        }
        int slash = location.lastIndexOf('/');
        return abspath(base, slash < 0 ? "" : slash == 0 ? "/" : location.substring(0, slash));
    }

    /** {@code os.path.abspath}: joined to the working directory and normalised, without touching the disk. */
    private static String abspath(Path base, String path) {
        Path p = base.resolve(path).normalize();
        return p.toString();
    }

    /** {@code os.path.join}. */
    private static String join(String a, String b) {
        if (b.startsWith("/")) {
            return b;
        }
        if (a.isEmpty() || a.endsWith("/")) {
            return a + b;
        }
        return a + "/" + b;
    }
}
