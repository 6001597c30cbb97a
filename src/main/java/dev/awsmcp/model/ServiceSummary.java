package dev.awsmcp.model;

import java.util.List;
import java.util.Objects;

/**
 * One service as the bundled index lists it, without loading its model.
 *
 * @param name           the botocore name, e.g. {@code s3}, {@code codedeploy}
 * @param cliName        the AWS CLI command, e.g. {@code s3api}, {@code deploy}
 * @param apiVersion     the bundled (latest) API version
 * @param protocol       the legacy single protocol
 * @param protocols      protocols in preference order
 * @param serviceId      the SDK service id
 * @param fullName       the service's full name
 * @param endpointPrefix the endpoint prefix
 * @param signingName    the SigV4 signing name
 * @param files          bundled model files, e.g. {@code service-2.json}, {@code paginators-1.json}
 * @param operations     model operation names, sorted
 */
public record ServiceSummary(
        String name,
        String cliName,
        String apiVersion,
        String protocol,
        List<String> protocols,
        String serviceId,
        String fullName,
        String endpointPrefix,
        String signingName,
        List<String> files,
        List<String> operations) {

    public ServiceSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cliName, "cliName");
        protocols = List.copyOf(protocols);
        files = List.copyOf(files);
        operations = List.copyOf(operations);
    }

    /** Whether the bundle has the given file (e.g. {@code waiters-2.json}) for this service. */
    public boolean hasFile(String file) {
        return files.contains(file);
    }
}
