package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.text.CodePointOrder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the files of a transfer ({@code filegenerator.FileGenerator}): local files in the order S3 lists keys
 * (depth first, names compared as if directories ended in {@code /}), or S3 objects through ListObjectsV2 (or one
 * HeadObject for a single object). Files that cannot be used are skipped with a warning.
 */
final class FileGenerator {
    private final S3Calls calls;
    private final GlobalOptions options;
    private final LocalPaths local;
    private final boolean followSymlinks;
    private final Integer pageSize;
    private final String requestPayer;
    private final TransferOutput out;

    FileGenerator(S3Calls calls, GlobalOptions options, LocalPaths local, boolean followSymlinks, Integer pageSize,
                  String requestPayer, TransferOutput out) {
        this.calls = calls;
        this.options = options;
        this.local = local;
        this.followSymlinks = followSymlinks;
        this.pageSize = pageSize;
        this.requestPayer = requestPayer;
        this.out = out;
    }

    /**
     * @param roots     where files come from and go to
     * @param operation the operation for every file found ({@code upload}, ..., or "" for a sync destination)
     */
    List<FileStat> generate(TransferRoots roots, String operation) {
        List<FileStat> found = new ArrayList<>();
        if (roots.srcS3()) {
            listObjects(roots, operation, found);
        } else {
            listFiles(roots, operation, found);
        }
        return found;
    }

    // ---- local ----

    private void listFiles(TransferRoots roots, String operation, List<FileStat> found) {
        String root = roots.srcPath();
        if (!roots.dirOp()) {
            Path p = Path.of(root);
            if (!ignored(p, root)) {
                stat(roots, operation, root, p, found);
            }
            return;
        }
        if (ignored(Path.of(root), root)) {
            return;
        }
        walk(roots, operation, Path.of(root), new HashSet<>(), found);
    }

    private void walk(TransferRoots roots, String operation, Path dir, Set<Path> onStack, List<FileStat> found) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            return;
        }
        if (!onStack.add(real)) {
            out.warning("warning: Skipping file " + dir + "/. Directory is a symbolic link loop.");
            return;
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                if (ignored(e, e.toString())) {
                    continue;
                }
                names.add(Files.isDirectory(e) ? name + "/" : name);
            }
        } catch (IOException e) {
            out.warning("warning: Skipping file " + dir + "/. File/Directory is not readable.");
            onStack.remove(real);
            return;
        }
        names.sort(CodePointOrder.STRINGS);
        for (String name : names) {
            if (name.endsWith("/")) {
                walk(roots, operation, dir.resolve(name.substring(0, name.length() - 1)), onStack, found);
            } else {
                Path file = dir.resolve(name);
                stat(roots, operation, file.toString(), file, found);
            }
        }
        onStack.remove(real);
    }

    /** {@code should_ignore_file}: unfollowed symlinks silently; missing, special, unreadable or refused files with a warning. */
    private boolean ignored(Path p, String shown) {
        if (!followSymlinks && Files.isSymbolicLink(p)) {
            return true;
        }
        if (!Files.exists(p)) {
            out.warning("warning: Skipping file " + shown + ". File does not exist.");
            return true;
        }
        if (!Files.isDirectory(p) && !Files.isRegularFile(p)) {
            out.warning("warning: Skipping file " + shown + ". File is character special device, block special "
                    + "device, FIFO, or socket.");
            return true;
        }
        if (!Files.isReadable(p)) {
            out.warning("warning: Skipping file " + shown + ". File/Directory is not readable.");
            return true;
        }
        try {
            local.read(p.toString());
        } catch (CommandException | S3CommandException e) {
            out.warning("warning: Skipping file " + shown + ". " + e.getMessage());
            return true;
        }
        return false;
    }

    private void stat(TransferRoots roots, String operation, String path, Path p, List<FileStat> found) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            out.warning("warning: Skipping file " + path + ". File/Directory is not readable.");
            return;
        }
        Instant mtime = a.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS);
        String[] dk = roots.destAndCompareKey(path);
        found.add(new FileStat(path, dk[0], dk[1], a.size(), mtime, false, roots.destS3(), operation, null, null));
    }

    // ---- S3 ----

    private void listObjects(TransferRoots roots, String operation, List<FileStat> found) {
        String s3Path = roots.srcPath();
        S3Location loc = S3Location.of(s3Path);
        if (!roots.dirOp() && !loc.key().isEmpty()) {
            found.add(singleObject(roots, operation, s3Path, loc));
            return;
        }
        String token = null;
        do {
            ObjectNode params = JsonNodeFactory.instance.objectNode();
            params.put("Bucket", loc.bucket());
            params.put("Prefix", loc.key());
            if (pageSize != null) {
                params.put("MaxKeys", pageSize);
            }
            if (requestPayer != null) {
                params.put("RequestPayer", requestPayer);
            }
            if (token != null) {
                params.put("ContinuationToken", token);
            }
            ObjectNode page = calls.call("ListObjectsV2", params, options);
            for (JsonNode c : page.path("Contents")) {
                String source = loc.bucket() + "/" + c.path("Key").asText();
                long size = c.path("Size").asLong();
                if (size == 0 && source.endsWith("/")) {
                    if (!operation.equals("delete")) {
                        continue; // a folder marker: local directories are made as needed
                    }
                } else if (!roots.dirOp() && !s3Path.equals(source)) {
                    continue;
                }
                String[] dk = roots.destAndCompareKey(source);
                found.add(new FileStat(source, dk[0], dk[1], size, ListingPages.instant(c.path("LastModified")), true,
                        roots.destS3(), operation, c.path("StorageClass").asText(null), null));
            }
            token = ListingPages.nextToken(page);
        } while (token != null);
    }

    /**
     * HeadObject on one source object, a missing key reported as the CLI words it ({@code Key "k" does not exist}).
     *
     * @return the HeadObject output
     */
    static ObjectNode head(S3Calls calls, S3Location loc, String requestPayer, GlobalOptions options) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("Bucket", loc.bucket());
        params.put("Key", loc.key());
        if (requestPayer != null) {
            params.put("RequestPayer", requestPayer);
        }
        try {
            return calls.call("HeadObject", params, options);
        } catch (AwsMcpException e) {
            if (e.exitCode() == 254 && e.code().equals("404")) {
                throw new S3CommandException("404", "An error occurred (404) when calling the HeadObject operation: Key \""
                        + loc.key() + "\" does not exist", "Check the key with 'aws s3 ls s3://" + loc.bucket() + "/"
                        + parent(loc.key()) + "'.", 254);
            }
            throw e;
        }
    }

    /** {@code _list_single_object}: HeadObject, or nothing for a single delete. */
    private FileStat singleObject(TransferRoots roots, String operation, String s3Path, S3Location loc) {
        String[] dk = roots.destAndCompareKey(s3Path);
        if (operation.equals("delete")) {
            return new FileStat(s3Path, dk[0], dk[1], null, null, true, roots.destS3(), operation, null, null);
        }
        ObjectNode head = head(calls, loc, requestPayer, options);
        return new FileStat(s3Path, dk[0], dk[1], head.path("ContentLength").asLong(),
                ListingPages.instant(head.path("LastModified")), true, roots.destS3(), operation,
                head.path("StorageClass").asText(null), head.path("Restore").asText(null));
    }

    private static String parent(String key) {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? "" : key.substring(0, slash + 1);
    }
}
