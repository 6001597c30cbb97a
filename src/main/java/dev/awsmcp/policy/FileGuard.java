package dev.awsmcp.policy;

import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confines the local files a command touches ({@code file://}, {@code fileb://}, {@code --cli-input-json
 * file://...}, {@code --outfile}, {@code s3 cp} local paths) to a working directory.
 *
 * <p>Paths are expanded like the AWS CLI's {@code paramfile.py} ({@code ~} then {@code $VAR}/{@code ${VAR}}),
 * resolved against the working directory (default: the process's current directory), and then checked on the
 * real path, after the operating system has followed every symlink and {@code ..}. A file with more than one
 * hard link is refused, since another name for it may live outside. {@code ~user} is refused (we do not look up
 * other users' homes). Reads open the checked real path without following links, so a symlink swapped in after
 * the check is not followed.
 *
 * <p>Modes: {@link FileAccessMode#WORKDIR} (default), {@link FileAccessMode#UNRESTRICTED} (expansion only),
 * {@link FileAccessMode#NO_ACCESS} (refuse all).
 */
public final class FileGuard implements FileReader {
    private static final Pattern VAR = Pattern.compile("\\$(\\w+|\\{([^}]*)})");

    private final FileAccessMode mode;
    private final Path workdir;
    private final Map<String, String> env;
    private final String home;

    private FileGuard(FileAccessMode mode, Path workdir, Map<String, String> env, String home) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.workdir = workdir;
        this.env = Map.copyOf(env);
        this.home = home;
    }

    /**
     * A guard over the process environment and home directory.
     *
     * @param mode    the access mode
     * @param workdir the working directory (must exist in {@link FileAccessMode#WORKDIR} mode)
     * @return the guard
     * @throws IllegalArgumentException when the working directory does not exist
     */
    public static FileGuard of(FileAccessMode mode, Path workdir) {
        return of(mode, workdir, System.getenv(), System.getProperty("user.home"));
    }

    /**
     * A guard with an explicit environment and home directory (tests, embedding).
     *
     * @param mode    the access mode
     * @param workdir the working directory
     * @param env     variables for {@code $VAR} expansion
     * @param home    the home directory for {@code ~}
     * @return the guard
     * @throws IllegalArgumentException when the working directory does not exist
     */
    public static FileGuard of(FileAccessMode mode, Path workdir, Map<String, String> env, String home) {
        Path real;
        try {
            real = workdir.toAbsolutePath().toRealPath();
        } catch (IOException e) {
            if (mode == FileAccessMode.WORKDIR) {
                throw new IllegalArgumentException("working directory " + workdir + " does not exist");
            }
            real = workdir.toAbsolutePath().normalize();
        }
        return new FileGuard(mode, real, env, home);
    }

    /**
     * The guard a policy describes.
     *
     * @param settings the policy
     * @return the guard
     */
    public static FileGuard from(PolicySettings settings) {
        return of(settings.fileAccess(), settings.effectiveWorkdir());
    }

    /** The access mode. */
    public FileAccessMode mode() {
        return mode;
    }

    /** The working directory (real path). */
    public Path workdir() {
        return workdir;
    }

    @Override
    public byte[] read(String path) throws IOException {
        Path p = checkRead(path);
        if (mode == FileAccessMode.UNRESTRICTED) {
            return Files.readAllBytes(p);
        }
        try (InputStream in = Channels.newInputStream(Files.newByteChannel(p,
                Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)))) {
            return in.readAllBytes();
        }
    }

    /**
     * Checks a path the command reads.
     *
     * @param path the path as written (after {@code file://})
     * @return the real path to read
     * @throws CommandException ({@code FileAccessDenied}) when the path is outside the working directory, has
     *                          several hard links, or access is off; ({@code FileNotFound}) when it does not exist
     */
    public Path checkRead(String path) {
        Path p = resolve(path);
        if (mode == FileAccessMode.UNRESTRICTED) {
            return p;
        }
        Path real;
        try {
            real = p.toRealPath();
        } catch (NoSuchFileException e) {
            throw new CommandException("FileNotFound", "The local file '" + path + "' does not exist.",
                    "Paths are relative to the working directory " + workdir + ".");
        } catch (IOException e) {
            throw denied(path, "it cannot be resolved (" + e.getClass().getSimpleName() + ")");
        }
        requireInside(path, real);
        requireSingleLink(path, real);
        return real;
    }

    /**
     * Checks a path the command writes (an output file, an {@code s3 cp} download destination). The file may not
     * exist yet; its nearest existing ancestor is resolved and the rest must not climb with {@code ..}.
     *
     * @param path the path as written
     * @return the path to write
     * @throws CommandException ({@code FileAccessDenied}) when it would land outside the working directory
     */
    public Path checkWrite(String path) {
        Path p = resolve(path);
        if (mode == FileAccessMode.UNRESTRICTED) {
            return p;
        }
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            Path real;
            try {
                real = p.toRealPath();
            } catch (IOException e) {
                throw denied(path, "it is a link that cannot be resolved");
            }
            requireInside(path, real);
            if (Files.isRegularFile(real)) {
                requireSingleLink(path, real);
            }
            return real;
        }
        Path existing = p;
        Path rest = p.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        for (Path part : rest) {
            if (part.toString().equals("..") || part.toString().equals(".")) {
                throw denied(path, "it climbs with '..' through directories that do not exist");
            }
        }
        if (existing == null) {
            throw denied(path, "no part of it exists");
        }
        Path realParent;
        try {
            realParent = existing.toRealPath();
        } catch (IOException e) {
            throw denied(path, "its directory cannot be resolved");
        }
        Path target = realParent.resolve(rest.toString());
        requireInside(path, target);
        return target;
    }

    /**
     * Expands {@code ~} and {@code $VAR} like the AWS CLI and resolves the result against the working directory.
     * No access check.
     *
     * @param path the path as written
     * @return the absolute path (not normalised: {@code ..} is left for the operating system)
     * @throws CommandException when access is off or the path uses {@code ~user}
     */
    public Path resolve(String path) {
        if (mode == FileAccessMode.NO_ACCESS) {
            throw new CommandException("FileAccessDenied", "Local file access is turned off (no-access), so '"
                    + path + "' cannot be used.", "Pass the value inline instead of file://, or ask the operator "
                    + "to run with --file-access workdir.");
        }
        String expanded = expandVars(expandUser(path));
        if (expanded.isEmpty() || expanded.indexOf('\0') >= 0) {
            throw denied(path, "it is empty or contains a NUL character");
        }
        try {
            return workdir.resolve(expanded).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            // found by fuzzing: a lone surrogate or a character the file system's encoding cannot hold
            throw denied(path, "it is not a valid file name on this system (" + e.getReason() + ")");
        }
    }

    private String expandUser(String path) {
        if (!path.startsWith("~")) {
            return path;
        }
        int slash = path.indexOf('/');
        String user = slash < 0 ? path.substring(1) : path.substring(1, slash);
        if (!user.isEmpty()) {
            throw denied(path, "'~" + user + "' names another user's home directory");
        }
        return home + (slash < 0 ? "" : path.substring(slash));
    }

    /** {@code os.path.expandvars}: unknown variables are left as written. */
    private String expandVars(String path) {
        Matcher m = VAR.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2) != null ? m.group(2) : m.group(1);
            String value = env.get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void requireInside(String path, Path real) {
        if (!real.startsWith(workdir)) {
            throw denied(path, "it resolves to " + real + ", outside the working directory " + workdir);
        }
    }

    private static void requireSingleLink(String path, Path real) {
        try {
            if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                Object links = Files.getAttribute(real, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
                if (links instanceof Integer && (Integer) links > 1) {
                    throw denied(path, "it has " + links + " hard links, and another one may be outside the working directory");
                }
            }
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            // No unix attribute view (e.g. Windows): hard links cannot be counted here; the real-path check stands.
        }
    }

    private static CommandException denied(String path, String why) {
        return new CommandException("FileAccessDenied", "The local path '" + path + "' is refused because " + why + ".",
                "Use a path inside the working directory, or ask the operator to change --file-access/--workdir.");
    }
}
