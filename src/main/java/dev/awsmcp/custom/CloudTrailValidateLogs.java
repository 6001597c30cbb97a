package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import dev.awsmcp.error.AwsMcpException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * {@code aws cloudtrail validate-logs} ({@code awscli/customizations/cloudtrail/validation.py}): walks a trail's
 * chain of digest files backwards from the end of the range, checks each digest's SHA256withRSA signature against
 * CloudTrail's public key for it and its place in the chain, then the SHA-256 of every log file it names; backfill
 * digests the same way. Prints what the CLI prints (the verbose lines and summary on standard output, every
 * invalid or missing file as an error) and exits 1 when anything is invalid. Reads only: DescribeTrails,
 * ListPublicKeys, and GetBucketLocation, ListObjects and GetObject on the trail's bucket.
 */
final class CloudTrailValidateLogs implements Customization {
    private static final CustomArguments ARGS = new CustomArguments("cloudtrail validate-logs", List.of(
            Argument.text("trail-arn").asRequired(), Argument.text("start-time").asRequired(),
            Argument.text("end-time"), Argument.text("s3-bucket"), Argument.text("s3-prefix"),
            Argument.text("account-id"), Argument.flag("verbose")));
    private static final DateTimeFormatter KEY_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final Pattern TRAIL_ARN = Pattern.compile("arn:.+:cloudtrail:.+:\\d{12}:trail/.+");
    private static final List<String> REQUIRED_DIGEST_KEYS = List.of("digestPublicKeyFingerprint", "digestS3Bucket",
            "digestS3Object", "previousDigestSignature", "digestEndTime", "digestStartTime");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String group() {
        return "cloudtrail";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("validate-logs", "Validates a trail's digest and log files for a period of time.");
    }

    @Override
    public void plan(Invocation in, CustomPlan plan) {
        if (!in.has("--s3-bucket")) {
            plan.api("cloudtrail", "DescribeTrails").api("organizations", "DescribeOrganization");
        }
        plan.api("cloudtrail", "ListPublicKeys").api("s3", "GetBucketLocation").api("s3", "ListObjects")
                .api("s3", "GetObject");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode args = ARGS.parse(h.args(), calls.files());
        Run run = new Run(calls, h.options(), args);
        try {
            run.validate();
        } catch (AwsMcpException e) {
            return CustomResult.failed(e.exitCode(), run.out.toString(), run.failure(e.code(), e.getMessage(), e.hint()));
        }
        return run.result();
    }

    /**
     * {@code dateutil.parser.parse} followed by {@code normalize_date}, which replaces any zone with UTC without
     * converting: the wall-clock fields of the forms CloudTrail and users write.
     */
    static LocalDateTime parseDate(String text) {
        String t = text.strip();
        String fields = t.replaceFirst("(?i)(z|[+-]\\d{2}:?\\d{2})$", "");
        for (String pattern : List.of("yyyy-MM-dd'T'HH:mm:ss[.SSSSSS][.SSS]", "yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSS]",
                "yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyyMMdd'T'HHmm")) {
            try {
                return LocalDateTime.parse(fields, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException next) {
                // the next form
            }
        }
        for (String pattern : List.of("yyyy-MM-dd", "yyyyMMdd")) {
            try {
                return java.time.LocalDate.parse(fields, DateTimeFormatter.ofPattern(pattern)).atStartOfDay();
            } catch (DateTimeParseException next) {
                // the next form
            }
        }
        throw new CustomCommandException("InvalidDate", "Unable to parse date value: " + text,
                "Write it as 2015-01-08T05:21:42Z (UTC).");
    }

    private static String display(LocalDateTime t) {
        return t.format(DISPLAY);
    }

    /** One command's state: the clients' options, counters, what was printed. */
    private static final class Run {
        private final CustomCalls calls;
        private final GlobalOptions options;
        private final String trailArn;
        private final boolean verbose;
        private final String accountIdOption;
        private final LocalDateTime start;
        private final LocalDateTime end;
        private final Map<String, GlobalOptions> bucketClients = new HashMap<>();
        private final Map<String, Map<String, List<String>>> digestCache = new HashMap<>();
        final StringBuilder out = new StringBuilder();
        private final StringBuilder err = new StringBuilder();
        private boolean lastStatusDoubleSpace = true;
        private int validDigests;
        private int invalidDigests;
        private int validBackfill;
        private int invalidBackfill;
        private int validLogs;
        private int invalidLogs;
        private LocalDateTime foundStart;
        private LocalDateTime foundEnd;
        private String bucket;
        private String prefix;
        private String accountId;
        private String organizationId;
        private String trailName;
        private String homeRegion;
        private String sourceRegion;

        Run(CustomCalls calls, GlobalOptions options, ObjectNode args) {
            this.calls = calls;
            this.options = options;
            this.trailArn = CustomArguments.text(args, "trail-arn");
            this.verbose = CustomArguments.flag(args, "verbose");
            this.accountIdOption = CustomArguments.text(args, "account-id");
            this.bucket = CustomArguments.text(args, "s3-bucket");
            this.prefix = CustomArguments.text(args, "s3-prefix");
            this.start = parseDate(CustomArguments.text(args, "start-time"));
            String endText = CustomArguments.text(args, "end-time");
            this.end = endText != null ? parseDate(endText)
                    : LocalDateTime.ofInstant(calls.now(), ZoneOffset.UTC);
            if (start.isAfter(end)) {
                throw new CustomCommandException("InvalidTimeRange", "Invalid time range specified: start-time must "
                        + "occur before end-time", "Pass a --start-time before --end-time.");
            }
        }

        void validate() {
            sourceRegion = calls.region(options);
            createTraverser();
            out.append("Validating log files for trail ").append(trailArn).append(" between ").append(display(start))
                    .append(" and ").append(display(end)).append("\n\n");
            for (boolean backfill : new boolean[] {false, true}) {
                traverse(backfill);
            }
            summary();
        }

        CustomResult result() {
            boolean invalid = invalidDigests + invalidBackfill > 0 || invalidLogs > 0;
            if (!invalid && err.length() == 0) {
                return CustomResult.printed(out.toString());
            }
            if (!invalid) { // a gap in the chain: the CLI says so on standard error and still exits 0
                return CustomResult.printedWithWarning(out.toString(), failure("DigestChainGap", null, "CloudTrail delivers "
                        + "no digests while logging or log file validation is off; nothing was found invalid."));
            }
            return CustomResult.failed(1, out.toString(), failure("LogValidationFailed", null,
                    "The lines name each invalid or missing file; a digest chain broken by a gap in logging is "
                    + "reported as such, not as invalid."));
        }

        CustomResult.Failure failure(String code, String message, String hint) {
            String text = err.toString().strip();
            if (message != null) {
                text = text.isEmpty() ? message : text + "\n" + message;
            }
            return new CustomResult.Failure(code, text, hint);
        }

        /** {@code create_digest_traverser}: the bucket and prefix from the trail unless given. */
        private void createTraverser() {
            if (!TRAIL_ARN.matcher(trailArn).lookingAt()) {
                throw new CustomCommandException("InvalidTrailArn", "Invalid trail ARN provided: " + trailArn,
                        "Pass the trail's ARN, e.g. arn:aws:cloudtrail:us-east-1:123456789012:trail/Trail1.");
            }
            if (bucket == null) {
                JsonNode trail = null;
                JsonNode trails = calls.call("cloudtrail", "DescribeTrails", JsonNodeFactory.instance.objectNode(),
                        options).path("trailList");
                for (JsonNode t : trails) {
                    if (trailArn.equals(t.path("TrailARN").asText(null))) {
                        trail = t;
                        break;
                    }
                }
                if (trail == null) {
                    throw new CustomCommandException("TrailNotFound", "A trail could not be found for " + trailArn,
                            "Check the ARN and --region; aws cloudtrail describe-trails lists the trails.");
                }
                bucket = trail.path("S3BucketName").asText();
                prefix = trail.hasNonNull("S3KeyPrefix") ? trail.get("S3KeyPrefix").asText() : null;
                if (trail.path("IsOrganizationTrail").asBoolean(false)) {
                    if (accountIdOption == null || accountIdOption.isEmpty()) {
                        throw new CustomCommandException("ParameterRequired", "Missing required parameter for "
                                + "organization trail: '--account-id'", "Pass the member account to validate.");
                    }
                    organizationId = calls.call("organizations", "DescribeOrganization",
                            JsonNodeFactory.instance.objectNode(), options).path("Organization").path("Id").asText();
                }
            }
            String[] parts = trailArn.split(":");
            homeRegion = parts[3];
            trailName = trailArn.substring(trailArn.lastIndexOf('/') + 1);
            accountId = accountIdOption != null && !accountIdOption.isEmpty() ? accountIdOption : parts[4];
        }

        /** {@code traverse_digests} and the command's loop over what it yields. */
        private void traverse(boolean backfill) {
            String b = bucket;
            List<String> digests = digests(b, start, end, backfill);
            Map<String, byte[]> publicKeys = backfill ? new HashMap<>()
                    : publicKeys(start, end.plusHours(2));
            String key = digests.isEmpty() ? null : digests.remove(digests.size() - 1);
            LocalDateTime endDate = key == null ? null : parseDate(keyDate(key));
            LocalDateTime lastStart = endDate;
            while (key != null && !start.isAfter(lastStart)) {
                JsonNode digest;
                try {
                    digest = loadAndValidate(publicKeys, b, key, backfill);
                    endDate = parseDate(digest.path("digestEndTime").asText());
                    lastStart = parseDate(digest.path("digestStartTime").asText());
                } catch (RuntimeException e) {
                    String message = digestFailure(e, b, key);
                    key = nextDigest(digests, key);
                    invalid(backfill, message);
                    endDate = key == null ? null : parseDate(keyDate(key));
                    continue;
                }
                found(digest, backfill);
                String previousBucket = digest.path("previousDigestS3Bucket").asText(null);
                String previousKey = digest.path("previousDigestS3Object").asText(null);
                if (previousBucket == null || previousKey == null) {
                    String last = key;
                    key = nextDigest(digests, key);
                    if (key != null) {
                        LocalDateTime nextEnd = parseDate(keyDate(key));
                        error((backfill ? "(backfill) " : "") + "No log files were delivered by CloudTrail between "
                                + display(nextEnd) + " and " + display(lastStart));
                        endDate = nextEnd;
                    }
                    continue;
                }
                key = previousKey;
                if (!previousBucket.equals(b)) {
                    b = previousBucket;
                    digests = digests(b, start, endDate, backfill);
                }
            }
        }

        /**
         * The message for a digest that failed, as the traverser's handlers word it; a service error other than
         * NoSuchKey, or a cancel, ends the command as in the CLI (where only ClientError is re-raised).
         */
        private static String digestFailure(RuntimeException e, String b, String key) {
            if (e instanceof DigestException) {
                return e.getMessage();
            }
            if (e instanceof AwsMcpException a) {
                if ("NoSuchKey".equals(a.code())) {
                    return "Digest file\ts3://" + b + "/" + key + "\tINVALID: not found";
                }
                if (a.exitCode() == 254 || "Cancelled".equals(a.code())) {
                    throw a;
                }
            }
            return "Digest file\ts3://" + b + "/" + key + "\tINVALID: " + e.getMessage();
        }

        /** What the command does with a valid digest: count it, print it, check its log files. */
        private void found(JsonNode digest, boolean backfill) {
            LocalDateTime digestStart = parseDate(digest.path("digestStartTime").asText());
            LocalDateTime earliest = digestStart.isAfter(start) ? digestStart : start;
            if (foundStart == null || earliest.isBefore(foundStart)) {
                foundStart = earliest;
            }
            LocalDateTime digestEnd = parseDate(digest.path("digestEndTime").asText());
            LocalDateTime latest = digestEnd.isBefore(end) ? digestEnd : end;
            if (foundEnd == null || latest.isAfter(foundEnd)) {
                foundEnd = latest;
            }
            if (backfill) {
                validBackfill++;
            } else {
                validDigests++;
            }
            status((backfill ? "(backfill) " : "") + "Digest file\ts3://" + digest.path("digestS3Bucket").asText() + "/"
                    + digest.path("digestS3Object").asText() + "\tvalid");
            for (JsonNode log : digest.path("logFiles")) {
                checkLog(log);
            }
        }

        private void invalid(boolean backfill, String message) {
            if (backfill) {
                invalidBackfill++;
            } else {
                invalidDigests++;
            }
            error((backfill ? "(backfill) " : "") + message);
        }

        /** {@code _get_last_digest(digests, before_key)}: the latest remaining key dated before this one. */
        private static String nextDigest(List<String> digests, String beforeKey) {
            LocalDateTime before = parseDate(keyDate(beforeKey));
            while (!digests.isEmpty()) {
                String next = digests.remove(digests.size() - 1);
                if (parseDate(keyDate(next)).isBefore(before)) {
                    return next;
                }
            }
            return null;
        }

        /** {@code load_digest_keys_in_range}: one listing per bucket and range, split into standard and backfill. */
        private List<String> digests(String b, LocalDateTime from, LocalDateTime to, boolean backfill) {
            String cacheKey = b + "\n" + prefix + "\n" + from + "\n" + to;
            Map<String, List<String>> lists = digestCache.get(cacheKey);
            if (lists == null) {
                lists = listDigests(b, from, to);
                digestCache.put(cacheKey, lists);
            }
            return lists.get(backfill ? "backfill" : "standard");
        }

        private Map<String, List<String>> listDigests(String b, LocalDateTime from, LocalDateTime to) {
            List<String> standard = new ArrayList<>();
            List<String> backfill = new ArrayList<>();
            String marker = withPrefix(digestPath(from.minusMinutes(1)));
            String listPrefix = withPrefix("AWSLogs/" + (organizationId == null ? "" : organizationId + "/") + accountId
                    + "/CloudTrail-Digest/" + sourceRegion);
            String targetStart = from.format(KEY_DATE);
            String targetEnd = to.plusHours(1).format(KEY_DATE);
            Pattern digestKey = Pattern.compile("^" + (prefix == null || prefix.isEmpty() ? "" : Pattern.quote(prefix)
                    + "/") + "AWSLogs/" + (organizationId == null ? "" : Pattern.quote(organizationId) + "/")
                    + Pattern.quote(accountId) + "/CloudTrail-Digest/" + Pattern.quote(sourceRegion)
                    + "/\\d+/\\d+/\\d+/" + Pattern.quote(accountId + "_CloudTrail-Digest_" + sourceRegion + "_"
                    + trailName + "_" + homeRegion + "_") + ".+(?:_backfill)?\\.json\\.gz$");
            GlobalOptions s3 = bucketOptions(b);
            pages:
            while (true) {
                ObjectNode p = JsonNodeFactory.instance.objectNode().put("Bucket", b).put("Prefix", listPrefix);
                if (marker != null) {
                    p.put("Marker", marker);
                }
                JsonNode page = calls.call("s3", "ListObjects", p, s3);
                String last = null;
                for (JsonNode o : page.path("Contents")) {
                    String key = o.path("Key").asText(null);
                    last = key;
                    if (key == null || !digestKey.matcher(key).matches()) {
                        continue;
                    }
                    String date = keyDate(key);
                    if (date.compareTo(targetEnd) > 0) {
                        break pages;
                    }
                    if (date.compareTo(targetStart) < 0) {
                        continue;
                    }
                    (isBackfill(key) ? backfill : standard).add(key);
                }
                if (!page.path("IsTruncated").asBoolean(false)) {
                    break;
                }
                marker = page.hasNonNull("NextMarker") ? page.get("NextMarker").asText() : last;
                if (marker == null) {
                    break;
                }
            }
            return Map.of("standard", standard, "backfill", backfill);
        }

        /** {@code _create_digest_key}: the key a digest delivered at this time would have (a listing marker). */
        private String digestPath(LocalDateTime t) {
            String ymd = t.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
            return "AWSLogs/" + (organizationId == null ? "" : organizationId + "/") + accountId + "/CloudTrail-Digest/"
                    + sourceRegion + "/" + ymd + "/" + accountId + "_CloudTrail-Digest_" + sourceRegion + "_" + trailName
                    + "_" + homeRegion + "_" + t.format(KEY_DATE) + ".json.gz";
        }

        private String withPrefix(String key) {
            return prefix == null || prefix.isEmpty() ? key : prefix + "/" + key;
        }

        /** {@code S3ClientProvider}: each bucket through a client of its own region (GetBucketLocation once). */
        private GlobalOptions bucketOptions(String b) {
            return bucketClients.computeIfAbsent(b, name -> {
                GlobalOptions s3 = options.withoutEndpointUrl().withRegion(sourceRegion);
                JsonNode location = calls.call("s3", "GetBucketLocation", JsonNodeFactory.instance.objectNode()
                        .put("Bucket", name), s3).path("LocationConstraint");
                String region = location.isTextual() && !location.asText().isEmpty() ? location.asText() : "us-east-1";
                return options.withoutEndpointUrl().withRegion(region);
            });
        }

        private Map<String, byte[]> publicKeys(LocalDateTime from, LocalDateTime to) {
            ObjectNode p = JsonNodeFactory.instance.objectNode();
            p.put("StartTime", from.toInstant(ZoneOffset.UTC).toString());
            p.put("EndTime", to.toInstant(ZoneOffset.UTC).toString());
            Map<String, byte[]> keys = new HashMap<>();
            for (JsonNode k : calls.call("cloudtrail", "ListPublicKeys", p, options).path("PublicKeyList")) {
                keys.put(k.path("Fingerprint").asText(), blob(k.path("Value")));
            }
            if (keys.isEmpty()) {
                throw new CustomCommandException("NoPublicKeys", "No public keys found between " + display(from)
                        + " and " + display(to), "Check the trail's region (--region) and that log file validation "
                        + "was on during the period.");
            }
            return keys;
        }

        /** A blob member's bytes (the key's DER); an undecodable value gives none, which fails as a bad key. */
        private static byte[] blob(JsonNode v) {
            try {
                return v.isBinary() ? v.binaryValue() : Base64.getMimeDecoder().decode(v.asText());
            } catch (IOException | IllegalArgumentException e) {
                return new byte[0];
            }
        }

        /** {@code _load_and_validate_digest}. */
        private JsonNode loadAndValidate(Map<String, byte[]> publicKeys, String b, String key, boolean backfill) {
            Fetched fetched = fetch(b, key);
            ObjectNode digest = fetched.data;
            String where = "Digest file\ts3://" + b + "/" + key + "\tINVALID: ";
            for (String required : REQUIRED_DIGEST_KEYS) {
                if (!digest.has(required)) {
                    throw new DigestException(where + "invalid format");
                }
            }
            if (!b.equals(digest.path("digestS3Bucket").asText()) || !key.equals(digest.path("digestS3Object").asText())) {
                throw new DigestException(where + "has been moved from its original location");
            }
            String fingerprint = digest.path("digestPublicKeyFingerprint").asText();
            if (!publicKeys.containsKey(fingerprint) && backfill) {
                LocalDateTime generated = parseDate(fetched.backfillTimestamp);
                publicKeys.putAll(publicKeys(generated.minusHours(1), generated.plusHours(1)));
            }
            byte[] keyValue = publicKeys.get(fingerprint);
            if (keyValue == null) {
                throw new DigestException(where + "public key not found in region " + homeRegion + " for fingerprint "
                        + fingerprint);
            }
            verify(where, b, key, keyValue, digest, fetched.inflated, fetched.signature);
            return digest;
        }

        private record Fetched(ObjectNode data, byte[] inflated, String signature, String backfillTimestamp) {}

        /** {@code fetch_digest}: GetObject, gunzip, JSON, and the signature from the object's metadata. */
        private Fetched fetch(String b, String key) {
            Path temp = LocalFiles.temporary("aws-mcp-cloudtrail-", ".gz");
            try {
                JsonNode result = calls.download("s3", "GetObject", JsonNodeFactory.instance.objectNode()
                        .put("Bucket", b).put("Key", key), temp, bucketOptions(b));
                byte[] inflated;
                ObjectNode data;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(temp))) {
                    inflated = in.readAllBytes();
                    JsonNode parsed = JSON.readTree(inflated);
                    if (!(parsed instanceof ObjectNode o)) {
                        throw new IOException("not a JSON object");
                    }
                    data = o;
                } catch (IOException | RuntimeException e) {
                    throw new DigestException("Digest file\ts3://" + b + "/" + key + "\tINVALID: invalid format");
                }
                JsonNode metadata = result.path("Metadata");
                if (!metadata.has("signature") || !metadata.has("signature-algorithm")) {
                    throw new DigestException("Digest file\ts3://" + b + "/" + key
                            + "\tINVALID: signature verification failed");
                }
                String backfillTimestamp = null;
                if (isBackfill(key)) {
                    if (!metadata.has("backfill-generation-timestamp")) {
                        throw new DigestException("Digest file\ts3://" + b + "/" + key + "\tINVALID: invalid format");
                    }
                    backfillTimestamp = metadata.get("backfill-generation-timestamp").asText();
                }
                return new Fetched(data, inflated, metadata.get("signature").asText(), backfillTimestamp);
            } finally {
                LocalFiles.delete(temp);
            }
        }

        /** {@code Sha256RSADigestValidator}: the PKCS #1 key, the string CloudTrail signed, the signature. */
        private static void verify(String where, String b, String key, byte[] keyValue, JsonNode digest,
                                   byte[] inflated, String signatureHex) {
            PublicKey publicKey;
            try {
                publicKey = RsaKeys.publicKey(keyValue);
            } catch (GeneralSecurityException e) {
                throw new DigestException(where + "Unable to load PKCS #1 key with fingerprint "
                        + digest.path("digestPublicKeyFingerprint").asText());
            }
            JsonNode previous = digest.get("previousDigestSignature");
            String toSign = digest.path("digestEndTime").asText() + "\n" + digest.path("digestS3Bucket").asText() + "/"
                    + digest.path("digestS3Object").asText() + "\n" + HexFormat.of().formatHex(sha256(inflated)) + "\n"
                    + (previous == null || previous.isNull() ? "null" : previous.asText());
            try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initVerify(publicKey);
                s.update(toSign.getBytes(StandardCharsets.UTF_8));
                if (s.verify(HexFormat.of().parseHex(signatureHex))) {
                    return;
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // a malformed signature fails like a wrong one
            }
            throw new DigestException("Digest file\ts3://" + b + "/" + key + "\tINVALID: signature verification failed");
        }

        /** {@code _download_log}: the log file's SHA-256 after gunzip against the digest's hash value. */
        private void checkLog(JsonNode log) {
            String b = log.path("s3Bucket").asText();
            String key = log.path("s3Object").asText();
            String where = "Log file\ts3://" + b + "/" + key + "\t";
            Path temp = LocalFiles.temporary("aws-mcp-cloudtrail-", ".gz");
            try {
                calls.download("s3", "GetObject", JsonNodeFactory.instance.objectNode().put("Bucket", b).put("Key", key),
                        temp, bucketOptions(b));
                String hash;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(temp))) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    byte[] buf = new byte[8192];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        sha.update(buf, 0, n);
                    }
                    hash = HexFormat.of().formatHex(sha.digest());
                } catch (IOException | GeneralSecurityException e) {
                    invalidLogs++;
                    error(where + "INVALID: invalid format");
                    return;
                }
                if (!hash.equals(log.path("hashValue").asText())) {
                    invalidLogs++;
                    error(where + "INVALID: hash value doesn't match");
                } else {
                    validLogs++;
                    status(where + "valid");
                }
            } catch (AwsMcpException e) {
                if (!"NoSuchKey".equals(e.code())) {
                    throw e;
                }
                invalidLogs++;
                error(where + "INVALID: not found");
            } finally {
                LocalFiles.delete(temp);
            }
        }

        private void status(String message) {
            if (verbose) {
                lastStatusDoubleSpace = false;
                out.append(message).append('\n');
            }
        }

        private void error(String message) {
            err.append(lastStatusDoubleSpace ? "" : "\n").append(message).append("\n\n");
            lastStatusDoubleSpace = true;
        }

        private void summary() {
            if (!lastStatusDoubleSpace) {
                out.append('\n');
            }
            out.append("Results requested for ").append(display(start)).append(" to ").append(display(end))
                    .append('\n');
            int valid = validDigests + validBackfill;
            int invalid = invalidDigests + invalidBackfill;
            if (valid == 0 && invalid == 0) {
                out.append("No digests found\n");
                return;
            }
            if (foundStart == null || foundEnd == null) {
                out.append("No valid digests found in range\n");
            } else {
                out.append("Results found for ").append(display(foundStart)).append(" to ").append(display(foundEnd))
                        .append(":\n");
            }
            ratio(validDigests, invalidDigests, "digest");
            ratio(validBackfill, invalidBackfill, "backfill digest");
            ratio(validLogs, invalidLogs, "log");
            out.append('\n');
        }

        private void ratio(int valid, int invalid, String name) {
            int total = valid + invalid;
            if (total > 0) {
                out.append('\n').append(valid).append('/').append(total).append(' ').append(name).append(" files valid");
                if (invalid > 0) {
                    out.append(", ").append(invalid).append('/').append(total).append(' ').append(name)
                            .append(" files INVALID");
                }
            }
        }
    }

    /** {@code extract_digest_key_date}: the 16-character UTC stamp at the end of a digest key. */
    static String keyDate(String key) {
        return isBackfill(key) ? key.substring(key.length() - 33, key.length() - 17)
                : key.substring(key.length() - 24, key.length() - 8);
    }

    private static boolean isBackfill(String key) {
        return key.endsWith("_backfill.json.gz");
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** {@code DigestError}: one digest is invalid; validation goes on with the next. */
    private static final class DigestException extends RuntimeException {
        DigestException(String message) {
            super(message, null, false, false);
        }
    }
}
