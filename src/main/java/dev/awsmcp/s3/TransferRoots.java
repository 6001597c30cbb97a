package dev.awsmcp.s3;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where files come from and go to ({@code fileformat.FileFormat}): S3 roots are {@code bucket/key} without
 * {@code s3://}; local roots are checked absolute paths. A root ending in {@code /} is a directory or prefix whose
 * files keep their source names ({@code useSrcName}).
 *
 * @param srcPath    the source root
 * @param srcS3      whether the source is S3
 * @param destPath   the destination root
 * @param destS3     whether the destination is S3
 * @param dirOp      whether the command works on a directory/prefix
 * @param useSrcName whether destination names come from source names
 */
record TransferRoots(String srcPath, boolean srcS3, String destPath, boolean destS3, boolean dirOp, boolean useSrcName) {

    /**
     * @param src       the source as written
     * @param dest      the destination as written
     * @param dirOp     whether the command works on directories
     * @param local     the file checks
     * @param srcIsRead whether the local source is read (else it is only listed for deletion, checked for writing)
     */
    static TransferRoots of(String src, String dest, boolean dirOp, LocalPaths local, boolean srcIsRead) {
        boolean srcS3 = S3Location.isS3(src);
        boolean destS3 = S3Location.isS3(dest);
        String srcPath = srcS3 ? s3Format(src.substring(5), dirOp)[0] : localFormat(src, dirOp, local, srcIsRead)[0];
        String[] d = destS3 ? s3Format(dest.substring(5), dirOp) : localFormat(dest, dirOp, local, false);
        return new TransferRoots(srcPath, srcS3, d[0], destS3, dirOp, d[1].equals("true"));
    }

    private static String[] s3Format(String path, boolean dirOp) {
        if (dirOp) {
            return new String[] {path.endsWith("/") ? path : path + "/", "true"};
        }
        return new String[] {path, Boolean.toString(path.endsWith("/"))};
    }

    private static String[] localFormat(String path, boolean dirOp, LocalPaths local, boolean read) {
        Path p = read ? local.read(path) : local.write(path);
        String full = p.toString();
        if (Files.isDirectory(p) || dirOp || path.endsWith("/")) {
            return new String[] {full.endsWith("/") ? full : full + "/", "true"};
        }
        return new String[] {full, "false"};
    }

    /** {@code find_dest_path_comp_key}: a found file's destination and compare key. */
    String[] destAndCompareKey(String srcFile) {
        String rel;
        if (dirOp) {
            rel = srcFile.substring(srcPath.length());
        } else {
            rel = srcFile.substring(srcFile.lastIndexOf('/') + 1);
        }
        String dest = useSrcName ? destPath + rel : destPath;
        return new String[] {dest, rel};
    }
}
