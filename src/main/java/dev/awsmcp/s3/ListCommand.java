package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.error.AwsMcpException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * {@code aws s3 ls} ({@code subcommands.ListCommand}): buckets, or the prefixes ({@code PRE name/}) and objects
 * under a prefix, or every object with {@code --recursive}; local times, sizes right-aligned in 10 columns
 * ({@code --human-readable}: {@code 1.0 KiB}), {@code --summarize} totals. Exit code 1 when a key was given and the
 * first page is empty.
 */
final class ListCommand {
    private final S3Calls calls;
    private final ZoneId zone;
    private final StringBuilder out = new StringBuilder();
    private boolean humanReadable;
    private boolean emptyResult;
    private boolean atFirstPage = true;
    private long totalSize;
    private long totalObjects;

    ListCommand(S3Calls calls, ZoneId zone) {
        this.calls = calls;
        this.zone = zone;
    }

    S3Result run(S3Args args, GlobalOptions options) {
        humanReadable = args.flag("human-readable");
        String path = args.paths().isEmpty() ? "s3://" : args.paths().get(0);
        if (path.startsWith("s3://")) {
            path = path.substring(5);
        }
        S3Location loc = S3Location.of(path);
        Integer pageSize = args.integer("page-size");
        try {
            if (loc.bucket().isEmpty()) {
                listBuckets(args, pageSize, options);
            } else {
                listObjects(loc, args.flag("recursive"), pageSize, args.value("request-payer"), options);
            }
        } catch (AwsMcpException e) {
            return S3Result.failed(e, out.toString(), "");
        }
        if (args.flag("summarize")) {
            out.append("\nTotal Objects: ").append(totalObjects).append('\n');
            out.append("   Total Size: ").append(humanReadable ? HumanSize.format(totalSize) : Long.toString(totalSize))
                    .append('\n');
        }
        int rc = !loc.key().isEmpty() && emptyResult && atFirstPage ? 1 : 0;
        return new S3Result(rc, out.toString(), "", null);
    }

    private void listBuckets(S3Args args, Integer pageSize, GlobalOptions options) {
        String token = null;
        do {
            ObjectNode p = JsonNodeFactory.instance.objectNode();
            if (pageSize != null) {
                p.put("MaxBuckets", pageSize);
            }
            if (args.value("bucket-name-prefix") != null && !args.value("bucket-name-prefix").isEmpty()) {
                p.put("Prefix", args.value("bucket-name-prefix"));
            }
            if (args.value("bucket-region") != null && !args.value("bucket-region").isEmpty()) {
                p.put("BucketRegion", args.value("bucket-region"));
            }
            if (token != null) {
                p.put("ContinuationToken", token);
            }
            ObjectNode page = calls.call("ListBuckets", p, options);
            for (JsonNode b : page.path("Buckets")) {
                out.append(date(b.path("CreationDate"))).append(' ').append(b.path("Name").asText()).append('\n');
            }
            String next = page.path("ContinuationToken").asText(null);
            token = next == null || next.isEmpty() || next.equals(token) ? null : next;
        } while (token != null);
    }

    private void listObjects(S3Location loc, boolean recursive, Integer pageSize, String requestPayer,
                             GlobalOptions options) {
        String token = null;
        do {
            ObjectNode p = JsonNodeFactory.instance.objectNode();
            p.put("Bucket", loc.bucket());
            p.put("Prefix", loc.key());
            if (!recursive) {
                p.put("Delimiter", "/");
            }
            if (pageSize != null) {
                p.put("MaxKeys", pageSize);
            }
            if (requestPayer != null) {
                p.put("RequestPayer", requestPayer);
            }
            if (token != null) {
                p.put("ContinuationToken", token);
            }
            ObjectNode page = calls.call("ListObjectsV2", p, options);
            display(page, !recursive);
            token = ListingPages.nextToken(page);
        } while (token != null);
    }

    /** {@code _display_page}. */
    private void display(JsonNode page, boolean useBasename) {
        JsonNode prefixes = page.path("CommonPrefixes");
        JsonNode contents = page.path("Contents");
        if (prefixes.size() == 0 && contents.size() == 0) {
            emptyResult = true;
            return;
        }
        for (JsonNode cp : prefixes) {
            String[] parts = cp.path("Prefix").asText().split("/", -1);
            String name = parts.length >= 2 ? parts[parts.length - 2] : parts[0];
            out.append(" ".repeat(27)).append("PRE ").append(name).append("/\n");
        }
        for (JsonNode c : contents) {
            long size = c.path("Size").asLong();
            totalSize += size;
            totalObjects++;
            String key = c.path("Key").asText();
            String name = useBasename ? key.substring(key.lastIndexOf('/') + 1) : key;
            String sizeStr = humanReadable ? HumanSize.format(size) : Long.toString(size);
            out.append(date(c.path("LastModified"))).append(' ').append(pad(sizeStr)).append(' ').append(name)
                    .append('\n');
        }
        atFirstPage = false;
    }

    private static String pad(String s) {
        return s.length() >= 10 ? s : " ".repeat(10 - s.length()) + s;
    }

    /** {@code _make_last_mod_str}: local time as {@code YYYY-MM-DD HH:MM:SS}. */
    private String date(JsonNode value) {
        Instant t = ListingPages.instant(value);
        if (t == null) {
            return " ".repeat(19);
        }
        ZonedDateTime z = t.atZone(zone);
        return String.format("%04d-%02d-%02d %02d:%02d:%02d", z.getYear(), z.getMonthValue(), z.getDayOfMonth(),
                z.getHour(), z.getMinute(), z.getSecond());
    }
}
