package dev.awsmcp.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One API operation of a service model.
 *
 * @param name                   the model name, e.g. {@code DescribeInstances}
 * @param cliName                the AWS CLI name, e.g. {@code describe-instances}
 * @param http                   the HTTP binding
 * @param input                  the input structure, or null when the operation takes none
 * @param output                 the output structure, or null
 * @param errors                 names of the error shapes
 * @param documentation          documentation HTML, or null
 * @param deprecated             deprecated in the model
 * @param readOnlyHint           botocore's {@code readonly} flag (a hint only: the classifier decides)
 * @param idempotent             botocore's {@code idempotent} flag
 * @param hostPrefix             the endpoint host prefix template (e.g. {@code {AccountId}.}), or null
 * @param authType               the legacy {@code authtype} ({@code none}, {@code v4-unsigned-body}, ...), or null
 * @param auth                   operation-level auth schemes, empty when the service default applies
 * @param unsignedPayload        sign with {@code UNSIGNED-PAYLOAD}
 * @param httpChecksumRequired   the legacy {@code httpChecksumRequired} flag (Content-MD5)
 * @param httpChecksum           the flexible checksum trait, or null
 * @param staticContextParams    endpoint rule-set parameters fixed for this operation (name to JSON value)
 * @param operationContextParams endpoint parameters taken from the input by JMESPath (name to path)
 * @param requestCompression     encodings the request body may be compressed with; empty when none
 * @param endpointDiscovery      the operation uses endpoint discovery
 * @param inputLocationName      the input reference's {@code locationName} (the rest-xml root element), or null
 * @param inputXmlNamespace      the input reference's {@code xmlNamespace} (rest-xml), or null
 * @param outputResultWrapper    the output reference's {@code resultWrapper} (query protocol), or null
 */
public record Operation(
        String name,
        String cliName,
        HttpBinding http,
        Shape input,
        Shape output,
        List<String> errors,
        String documentation,
        boolean deprecated,
        boolean readOnlyHint,
        boolean idempotent,
        String hostPrefix,
        String authType,
        List<String> auth,
        boolean unsignedPayload,
        boolean httpChecksumRequired,
        HttpChecksum httpChecksum,
        Map<String, JsonNode> staticContextParams,
        Map<String, String> operationContextParams,
        List<String> requestCompression,
        boolean endpointDiscovery,
        String inputLocationName,
        XmlNamespace inputXmlNamespace,
        String outputResultWrapper) {

    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cliName, "cliName");
        Objects.requireNonNull(http, "http");
        errors = List.copyOf(errors);
        auth = List.copyOf(auth);
        staticContextParams = Map.copyOf(staticContextParams);
        operationContextParams = Map.copyOf(operationContextParams);
        requestCompression = List.copyOf(requestCompression);
    }

    /** The constructor without the input/output reference traits (all null). */
    public Operation(String name, String cliName, HttpBinding http, Shape input, Shape output, List<String> errors,
                     String documentation, boolean deprecated, boolean readOnlyHint, boolean idempotent,
                     String hostPrefix, String authType, List<String> auth, boolean unsignedPayload,
                     boolean httpChecksumRequired, HttpChecksum httpChecksum, Map<String, JsonNode> staticContextParams,
                     Map<String, String> operationContextParams, List<String> requestCompression,
                     boolean endpointDiscovery) {
        this(name, cliName, http, input, output, errors, documentation, deprecated, readOnlyHint, idempotent,
                hostPrefix, authType, auth, unsignedPayload, httpChecksumRequired, httpChecksum, staticContextParams,
                operationContextParams, requestCompression, endpointDiscovery, null, null, null);
    }

    /** Input members in model order; empty when the operation has no input. */
    public Map<String, Member> inputMembers() {
        return input == null ? Map.of() : input.members();
    }

    @Override
    public String toString() {
        return name;
    }
}
