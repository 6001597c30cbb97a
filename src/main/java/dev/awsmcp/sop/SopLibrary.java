package dev.awsmcp.sop;

import dev.awsmcp.text.ClosestNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOPs an agent can retrieve: the bundled ones ({@code /sops/*.md} in the jar, listed in
 * {@code /sops/index.txt}) plus the {@code *.md} files of an optional user directory, which add SOPs or replace
 * bundled ones of the same name. Every file is validated by {@link SopParser}; malformed files are never skipped
 * silently: a strict library refuses to load, a lenient one (the default for user directories) leaves the file
 * out and reports it in {@link #problems()} and in the listing agents see.
 *
 * <pre>{@code
 * SopLibrary sops = SopLibrary.builder().userDirectory(SopLibrary.userDirectory(flag, System.getenv())).build();
 * String list = new AgentSopTools(sops).retrieveAgentSop(null);
 * }</pre>
 */
public final class SopLibrary {
    /** Environment variable naming the user SOP directory. */
    public static final String ENV_SOP_DIR = "AWS_MCP_SOP_DIR";
    static final String BUNDLED_INDEX = "/sops/index.txt";

    private static final Logger LOG = LoggerFactory.getLogger(SopLibrary.class);

    private final Map<String, Sop> sops;
    private final List<SopProblem> problems;

    private SopLibrary(Map<String, Sop> sops, List<SopProblem> problems) {
        this.sops = sops;
        this.problems = List.copyOf(problems);
    }

    /** Starts a builder: bundled SOPs on, no user directory, lenient. */
    public static Builder builder() {
        return new Builder();
    }

    /** The bundled SOPs only. */
    public static SopLibrary bundled() {
        return builder().build();
    }

    /**
     * Resolves the user SOP directory: the {@code --sop-dir} flag wins over {@value #ENV_SOP_DIR}.
     *
     * @param flagValue the flag's value, or null
     * @param env       the environment
     * @return the directory, or null when neither is set
     */
    public static Path userDirectory(String flagValue, Map<String, String> env) {
        String value = flagValue != null && !flagValue.isBlank() ? flagValue : env.get(ENV_SOP_DIR);
        return value == null || value.isBlank() ? null : Path.of(value.strip());
    }

    /** All SOPs, sorted by name. */
    public Collection<Sop> list() {
        return sops.values();
    }

    /** An SOP by name (case-insensitive, surrounding blanks ignored). */
    public Optional<Sop> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(sops.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * An SOP by name.
     *
     * @param name the SOP name
     * @return the SOP
     * @throws SopException ({@link SopException#UNKNOWN}) naming the closest SOPs
     */
    public Sop get(String name) {
        return find(name).orElseThrow(() -> SopException.unknown(name == null ? "" : name.strip(), closest(name)));
    }

    /** Files that were left out because they are malformed, each with file and line. */
    public List<SopProblem> problems() {
        return problems;
    }

    private String closest(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        List<String> words = List.of(wanted.split("[^a-z0-9]+"));
        List<String> best = sops.keySet().stream()
                .sorted(Comparator.comparingInt((String n) -> -sharedWords(n, words)).thenComparingInt(n -> ClosestNames.distance(n, wanted)))
                .limit(3)
                .collect(Collectors.toList());
        return "Closest SOPs: " + String.join(", ", best) + ". Call retrieve_agent_sop without a name for the full list.";
    }

    private static int sharedWords(String candidate, List<String> words) {
        int n = 0;
        for (String w : words) {
            if (w.length() > 1 && candidate.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** Configures a {@link SopLibrary}. */
    public static final class Builder {
        private boolean includeBundled = true;
        private Path userDirectory;
        private boolean strict;

        private Builder() {}

        /**
         * Whether to include the bundled SOPs (default true).
         *
         * @param include false for user SOPs only
         * @return this builder
         */
        public Builder includeBundled(boolean include) {
            this.includeBundled = include;
            return this;
        }

        /**
         * A directory whose {@code *.md} files add or override SOPs; null for none.
         *
         * @param directory an existing directory, or null
         * @return this builder
         * @throws IllegalArgumentException when the path is not a directory
         */
        public Builder userDirectory(Path directory) {
            if (directory != null && !Files.isDirectory(directory)) {
                throw new IllegalArgumentException("SOP directory " + directory + " does not exist or is not a directory");
            }
            this.userDirectory = directory;
            return this;
        }

        /**
         * Whether a malformed file fails {@link #build()} (true) or is left out and reported (false, the default).
         *
         * @param strict true to fail
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Loads and validates the SOPs.
         *
         * @return the library
         * @throws SopException when strict and a file is malformed (bundled SOPs are always checked strictly)
         * @throws UncheckedIOException when a file cannot be read
         */
        public SopLibrary build() {
            Map<String, Sop> sops = new TreeMap<>();
            List<SopProblem> problems = new ArrayList<>();
            if (includeBundled) {
                for (Sop sop : loadBundled()) {
                    sops.put(sop.name(), sop);
                }
            }
            if (userDirectory != null) {
                for (Path file : markdownFiles(userDirectory)) {
                    String fileName = file.getFileName().toString();
                    String name = fileName.substring(0, fileName.length() - 3);
                    try {
                        Sop sop = SopParser.parse(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                        Sop replaced = sops.put(sop.name(), sop);
                        if (replaced != null) {
                            LOG.info("SOP {} from {} overrides {}", sop.name(), file, replaced.source());
                        }
                    } catch (SopException e) {
                        if (strict) {
                            throw e;
                        }
                        LOG.warn("{}", e.getMessage());
                        problems.addAll(e.problems());
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read SOP file " + file, e);
                    }
                }
            }
            return new SopLibrary(sops, problems);
        }

        private static List<Path> markdownFiles(Path dir) {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".md"))
                        .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                        .sorted()
                        .collect(Collectors.toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list SOP directory " + dir, e);
            }
        }

        /** Bundled SOPs must all be valid: a malformed one is a build defect, so it always fails. */
        static List<Sop> loadBundled() {
            List<Sop> out = new ArrayList<>();
            List<SopProblem> problems = new ArrayList<>();
            for (String file : bundledFiles()) {
                String name = file.substring(0, file.length() - 3);
                try {
                    out.add(SopParser.parse(name, "sops/" + file, resource("/sops/" + file)));
                } catch (SopException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw SopException.malformed(problems);
            }
            return out;
        }

        static List<String> bundledFiles() {
            return resource(BUNDLED_INDEX).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toList());
        }

        private static String resource(String path) {
            try (InputStream in = SopLibrary.class.getResourceAsStream(path)) {
                Objects.requireNonNull(in, () -> "bundled resource " + path + " is missing from the jar");
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    return r.lines().collect(Collectors.joining("\n", "", "\n"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled resource " + path, e);
            }
        }
    }
}
