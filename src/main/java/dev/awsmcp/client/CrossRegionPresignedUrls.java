package dev.awsmcp.client;

import dev.awsmcp.client.protocol.SerializedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Adds the cross-region presigned URL that some copy and replica calls need, as botocore's before-call handlers
 * {@code inject_presigned_url_ec2} and {@code inject_presigned_url_rds} do (botocore {@code handlers.py}): the
 * destination region's service fetches the source from the source region with a URL the caller signed for it.
 *
 * <ul>
 *   <li>EC2 {@code CopySnapshot}: unless the caller gave {@code PresignedUrl}, adds {@code PresignedUrl} and sets
 *       {@code DestinationRegion} to the call's region.</li>
 *   <li>RDS, Neptune and DocumentDB copy/create calls: only when {@code SourceRegion} is given; it is removed from
 *       the request sent (the services do not take it), and {@code PreSignedUrl} is added unless given.</li>
 * </ul>
 *
 * <p>The URL is a GET of the same operation with the request's form parameters plus {@code DestinationRegion} in
 * the query string, signed with SigV4 query auth for the source region and valid for {@link #EXPIRY}. Works on the
 * serialized form body (wire names), as botocore does, so {@code DestinationRegion} reaches the RDS URL although
 * the RDS models do not have it.
 */
final class CrossRegionPresignedUrls {
    /** botocore's {@code generate_presigned_url} default. */
    static final Duration EXPIRY = Duration.ofSeconds(3600);

    private static final Map<String, Set<String>> EC2_STYLE = Map.of("ec2", Set.of("CopySnapshot"));
    private static final Map<String, Set<String>> RDS_STYLE = Map.of(
            "rds", Set.of("CopyDBClusterSnapshot", "CreateDBCluster", "CopyDBSnapshot", "CreateDBInstanceReadReplica",
                    "StartDBInstanceAutomatedBackupsReplication"),
            "neptune", Set.of("CopyDBClusterSnapshot", "CreateDBCluster"),
            "docdb", Set.of("CopyDBClusterSnapshot", "CreateDBCluster"));

    private CrossRegionPresignedUrls() {}

    /**
     * The request to send: unchanged for other operations, else with the presigned URL added.
     *
     * @param service   the service name ({@code ec2}, {@code rds}, ...)
     * @param operation the operation name
     * @param request   the serialized request (a form body)
     * @param region    the call's region, the destination
     * @param presigner signs a GET request for the source region (second argument) and returns its URL
     * @return the request to send
     */
    static SerializedRequest inject(String service, String operation, SerializedRequest request, String region,
                                    BiFunction<SerializedRequest, String, String> presigner) {
        if (EC2_STYLE.getOrDefault(service, Set.of()).contains(operation)) {
            return injectEc2(request, region, presigner);
        }
        if (RDS_STYLE.getOrDefault(service, Set.of()).contains(operation)) {
            return injectRds(request, region, presigner);
        }
        return request;
    }

    private static SerializedRequest injectEc2(SerializedRequest request, String region,
                                               BiFunction<SerializedRequest, String, String> presigner) {
        Map<String, String> body = parseForm(request.body());
        String source = body.get("SourceRegion");
        // botocore fails on a missing SourceRegion (a required member); leave that to the service's own error.
        if (body.containsKey("PresignedUrl") || source == null) {
            return request;
        }
        String url = presignedUrl(request, body, source, region, presigner);
        body.put("PresignedUrl", url);
        // EC2 wants the destination region on the wire besides the source region.
        body.put("DestinationRegion", region);
        return withBody(request, body);
    }

    private static SerializedRequest injectRds(SerializedRequest request, String region,
                                               BiFunction<SerializedRequest, String, String> presigner) {
        Map<String, String> body = parseForm(request.body());
        if (!body.containsKey("SourceRegion")) {
            return request; // a copy within the region
        }
        String source = body.remove("SourceRegion");
        if (!body.containsKey("PreSignedUrl")) {
            body.put("PreSignedUrl", presignedUrl(request, body, source, region, presigner));
        }
        return withBody(request, body);
    }

    private static String presignedUrl(SerializedRequest request, Map<String, String> body, String source,
                                       String destination, BiFunction<SerializedRequest, String, String> presigner) {
        Map<String, String> copy = new LinkedHashMap<>(body);
        copy.put("DestinationRegion", destination);
        return presigner.apply(asGet(request, copy), source);
    }

    /**
     * A form-body request as the GET botocore presigns ({@code SigV4QueryAuth} moves the body into the query): the
     * request's own query, then the form parameters, encoded; no body, no headers.
     *
     * @param request the serialized request (path, query, host prefix)
     * @param form    the form parameters, not encoded, in order
     * @return the GET
     */
    static SerializedRequest asGet(SerializedRequest request, Map<String, String> form) {
        List<Map.Entry<String, String>> query = new ArrayList<>(request.query());
        form.forEach((k, v) -> query.add(Map.entry(SdkHttpUtils.urlEncode(k), SdkHttpUtils.urlEncode(v))));
        return new SerializedRequest("GET", request.path(), query, List.of(), new byte[0], request.hostPrefix());
    }

    /** The form body as an ordered map; like botocore's body dict, a later key replaces an earlier one in place. */
    static Map<String, String> parseForm(byte[] body) {
        Map<String, String> out = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static SerializedRequest withBody(SerializedRequest request, Map<String, String> body) {
        StringBuilder out = new StringBuilder();
        body.forEach((k, v) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(SdkHttpUtils.urlEncode(k)).append('=').append(SdkHttpUtils.urlEncode(v));
        });
        return new SerializedRequest(request.method(), request.path(), request.query(), request.headers(),
                out.toString().getBytes(StandardCharsets.UTF_8), request.hostPrefix());
    }
}
