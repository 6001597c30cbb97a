package dev.awsmcp.custom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a local file that holds credentials (a kubeconfig, an AWS config file, CodeDeploy's on-premises
 * configuration) as the AWS CLI does: parent directories created, a new file created readable by its owner only
 * ({@code 0600}), the text replaced. The caller has checked the path with the file guard.
 */
public final class PrivateFiles {
    private PrivateFiles() {}

    /**
     * Python's {@code os.path.expanduser} for the paths these commands default to ({@code ~/.aws/config},
     * {@code ~/.kube/config}) or read from the environment: the CLI expands them itself, so a file reader that
     * resolves paths literally must not see a {@code ~} directory name.
     *
     * @param path the path as written
     * @return the path with a leading {@code ~} replaced by the user's home directory
     */
    static String expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }

    /**
     * @param file the checked path
     * @param text the whole new content
     * @throws IOException when the directory or file cannot be written
     */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param file  the checked path
     * @param bytes the whole new content
     * @throws IOException when the directory or file cannot be written
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
        }
        Files.write(file, bytes);
    }
}
