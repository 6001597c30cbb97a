package dev.awsmcp.client.protocol.conformance;

/** Why protocol-test cases are excluded; each subclass lists the cases by id next to one of these reasons. */
final class Exclusions {
    /**
     * Smithy {@code @default} values: botocore (the CLI) neither fills defaults into requests nor into parsed
     * responses, and its model form carries no default values, so the runtime cannot either.
     */
    static final String DEFAULTS = "Smithy default values are not part of botocore's behaviour or model form";

    /**
     * "Error correction" fills zero values for required members a server left out; botocore does not, and the CLI
     * prints what the service sent.
     */
    static final String ERROR_CORRECTION = "client error correction of missing required members is not botocore behaviour";

    /**
     * {@code @mediaType} on a blob payload sets its Content-Type; botocore models have no mediaType, so a blob
     * payload goes out as application/octet-stream unless the input sets ContentType.
     */
    static final String MEDIA_TYPE = "@mediaType has no botocore counterpart";

    /** Host selection from client configuration or per-operation endpoints is the endpoint stage's job. */
    static final String ENDPOINT_STAGE = "host selection belongs to the endpoint stage, not the codec";

    private Exclusions() {}
}
