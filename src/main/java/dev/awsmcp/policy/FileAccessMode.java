package dev.awsmcp.policy;

import java.util.Locale;

/** How far local file access reaches. */
public enum FileAccessMode {
    /** Paths must resolve inside the working directory (the default). */
    WORKDIR,
    /** Any path the process can reach (hard links and symlinks are not checked). */
    UNRESTRICTED,
    /** No local file may be read or written. */
    NO_ACCESS;

    /** The flag value: {@code workdir}, {@code unrestricted}, {@code no-access}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a flag value.
     *
     * @param text {@code workdir}, {@code unrestricted} or {@code no-access}
     * @return the mode
     * @throws IllegalArgumentException for other text
     */
    public static FileAccessMode parse(String text) {
        for (FileAccessMode m : values()) {
            if (m.label().equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not workdir, unrestricted or no-access");
    }
}
