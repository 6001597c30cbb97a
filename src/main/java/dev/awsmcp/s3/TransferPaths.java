package dev.awsmcp.s3;

import dev.awsmcp.command.CommandException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The source and destination of {@code cp}, {@code mv}, {@code rm} and {@code sync}, validated like
 * {@code subcommands.CommandParameters}: the path types must suit the command, an S3 path naming only a bucket gets
 * a trailing slash, {@code sync} always works on directories.
 *
 * @param type   {@code locals3}, {@code s3local}, {@code s3s3} or {@code s3}
 * @param src    the source as written (normalised)
 * @param dest   the destination (the source again for {@code rm})
 * @param dirOp  whether the command works on a directory/prefix ({@code --recursive}, or {@code sync})
 * @param isMove whether it is {@code mv}
 */
record TransferPaths(String type, String src, String dest, boolean dirOp, boolean isMove) {
    private static final Map<String, Set<String>> ALLOWED = Map.of("s3s3", Set.of("cp", "sync", "mv"),
            "s3local", Set.of("cp", "sync", "mv"), "locals3", Set.of("cp", "sync", "mv"), "s3", Set.of("mb", "rb", "rm"));

    static TransferPaths of(S3Args args) {
        String cmd = args.subcommand();
        List<String> paths = args.paths();
        StringBuilder type = new StringBuilder();
        for (String p : paths) {
            type.append(S3Location.isS3(p) ? "s3" : "local");
        }
        if (!ALLOWED.getOrDefault(type.toString(), Set.of()).contains(cmd)) {
            throw new CommandException("InvalidArgument", "usage: aws s3 " + cmd + " "
                    + S3ArgumentTables.USAGE.get(cmd) + " Error: Invalid argument type.",
                    "aws s3 " + cmd + " needs " + S3ArgumentTables.USAGE.get(cmd) + "; S3 paths start with s3://.");
        }
        String src = trailingSlash(paths.get(0));
        String dest = paths.size() == 2 ? trailingSlash(paths.get(1)) : src;
        boolean dirOp = args.flag("recursive") || cmd.equals("sync");
        if (src.equals("-")) {
            throw new CommandException("UnsupportedArgument", "Streaming from standard input ('-') is not available "
                    + "in aws-mcp.", "Copy from a file in the working directory instead.");
        }
        if (dest.equals("-") && (!cmd.equals("cp") || dirOp)) {
            // the CLI's own rule (subcommands.CpCommand): only a single-object cp streams
            throw new CommandException("InvalidArgument", "Streaming currently is only compatible with "
                    + "non-recursive cp commands", "Drop --recursive, or copy to a directory instead of '-'.");
        }
        TransferPaths t = new TransferPaths(type.toString(), src, dest, dirOp, cmd.equals("mv"));
        if (t.isMove() && t.type().equals("s3s3") && samePath(t.src(), t.dest())) {
            throw new CommandException("InvalidArgument", "Cannot mv a file onto itself: " + src + " - " + dest + ".",
                    "Give a different destination key.");
        }
        return t;
    }

    private static String trailingSlash(String path) {
        if (S3Location.isS3(path) && S3Location.of(path.substring(5)).key().isEmpty() && !path.endsWith("/")) {
            return path + "/";
        }
        return path;
    }

    /** {@code _same_path}: the same object, or a prefix destination that names the source's own key. */
    private static boolean samePath(String src, String dest) {
        if (src.equals(dest)) {
            return true;
        }
        if (dest.endsWith("/")) {
            String base = src.substring(src.lastIndexOf('/') + 1);
            return src.equals(dest + base);
        }
        return false;
    }

    /** {@code aws s3 cp s3://bucket/key -}: the object goes to standard output. */
    boolean toStdout() {
        return dest.equals("-") && type.equals("s3local");
    }

    /** The S3 side that is the source. */
    S3Location srcLocation() {
        return S3Location.ofUri(src);
    }

    /** The S3 side that is the destination. */
    S3Location destLocation() {
        return S3Location.ofUri(dest);
    }

    boolean srcIsS3() {
        return type.startsWith("s3");
    }

    boolean destIsS3() {
        return type.endsWith("s3");
    }
}
