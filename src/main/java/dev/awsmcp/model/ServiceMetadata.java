package dev.awsmcp.model;

import java.util.List;
import java.util.Map;

/**
 * A model's {@code metadata} block.
 *
 * @param apiVersion       e.g. {@code 2016-11-15}
 * @param protocol         the legacy single protocol ({@code json}, {@code rest-json}, {@code rest-xml},
 *                         {@code query}, {@code ec2}, {@code smithy-rpc-v2-cbor})
 * @param protocols        the protocols in preference order; falls back to {@code [protocol]}
 * @param jsonVersion      {@code 1.0} or {@code 1.1} for the json protocol, else null
 * @param targetPrefix     the {@code X-Amz-Target} prefix for json, else null
 * @param endpointPrefix   the endpoint prefix
 * @param signingName      the SigV4 signing name (defaults to the endpoint prefix)
 * @param signatureVersion e.g. {@code v4}, {@code s3}, {@code s3v4}
 * @param serviceId        the SDK service id, e.g. {@code EC2}
 * @param fullName         the service's full name
 * @param abbreviation     the short name, or null
 * @param xmlNamespace     the XML namespace URI for query/rest-xml, or null
 * @param globalEndpoint   the global endpoint host, or null
 * @param awsQueryCompatible whether the JSON service accepts awsQuery error codes
 * @param uid              the model uid
 * @param auth             the auth schemes in preference order (e.g. {@code aws.auth#sigv4})
 * @param protocolSettings extra protocol settings (e.g. {@code h2}), never null
 */
public record ServiceMetadata(
        String apiVersion,
        String protocol,
        List<String> protocols,
        String jsonVersion,
        String targetPrefix,
        String endpointPrefix,
        String signingName,
        String signatureVersion,
        String serviceId,
        String fullName,
        String abbreviation,
        String xmlNamespace,
        String globalEndpoint,
        boolean awsQueryCompatible,
        String uid,
        List<String> auth,
        Map<String, String> protocolSettings) {

    public ServiceMetadata {
        protocols = List.copyOf(protocols);
        auth = List.copyOf(auth);
        protocolSettings = Map.copyOf(protocolSettings);
    }
}
