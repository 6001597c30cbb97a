package dev.awsmcp.command;

import java.util.Optional;

/**
 * The AWS CLI's global options as written on one command. Null means "not given" (defaults apply later).
 *
 * @param region           {@code --region}
 * @param profile          {@code --profile}
 * @param endpointUrl      {@code --endpoint-url}
 * @param output           {@code --output}: json, yaml, yaml-stream, text, table
 * @param query            {@code --query} (JMESPath)
 * @param paginate         false with {@code --no-paginate}
 * @param pageSize         {@code --page-size}
 * @param maxItems         {@code --max-items}
 * @param startingToken    {@code --starting-token}
 * @param readTimeoutSeconds    {@code --cli-read-timeout} (0 = no timeout)
 * @param connectTimeoutSeconds {@code --cli-connect-timeout} (0 = no timeout)
 * @param color            {@code --color}: on, off, auto
 * @param noSignRequest    {@code --no-sign-request}
 * @param noVerifySsl      {@code --no-verify-ssl}
 * @param caBundle         {@code --ca-bundle}
 * @param debug            {@code --debug}
 * @param cliBinaryFormat  {@code --cli-binary-format}: base64 or raw-in-base64-out
 * @param role             the role to assume for the call ({@code --role-arn} ...), or null
 */
public record GlobalOptions(
        String region,
        String profile,
        String endpointUrl,
        String output,
        String query,
        boolean paginate,
        Integer pageSize,
        Integer maxItems,
        String startingToken,
        Integer readTimeoutSeconds,
        Integer connectTimeoutSeconds,
        String color,
        boolean noSignRequest,
        boolean noVerifySsl,
        String caBundle,
        boolean debug,
        String cliBinaryFormat,
        RoleOptions role) {

    /** The options without a role (see {@link #role()}). */
    public GlobalOptions(String region, String profile, String endpointUrl, String output, String query,
                         boolean paginate, Integer pageSize, Integer maxItems, String startingToken,
                         Integer readTimeoutSeconds, Integer connectTimeoutSeconds, String color, boolean noSignRequest,
                         boolean noVerifySsl, String caBundle, boolean debug, String cliBinaryFormat) {
        this(region, profile, endpointUrl, output, query, paginate, pageSize, maxItems, startingToken,
                readTimeoutSeconds, connectTimeoutSeconds, color, noSignRequest, noVerifySsl, caBundle, debug,
                cliBinaryFormat, null);
    }


    /** No options given. */
    public static GlobalOptions none() {
        return new GlobalOptions(null, null, null, null, null, true, null, null, null, null, null, null,
                false, false, null, false, null);
    }

    /** The region, if given. */
    public Optional<String> regionOption() {
        return Optional.ofNullable(region);
    }

    /**
     * These options without {@code --endpoint-url}: for the AWS CLI's nested clients that ignore it (the STS client
     * of {@code eks get-token}, the S3 client of {@code cloudformation deploy}).
     *
     * @return the options with no endpoint override
     */
    public GlobalOptions withoutEndpointUrl() {
        return withEndpointUrl(null);
    }

    /**
     * These options with another endpoint override (a customization's own endpoint option, such as
     * {@code --iam-endpoint}: the CLI's nested client gets it instead of {@code --endpoint-url}).
     *
     * @param url the endpoint URL, or null for none
     * @return the options
     */
    public GlobalOptions withEndpointUrl(String url) {
        return new GlobalOptions(region, profile, url, output, query, paginate, pageSize, maxItems, startingToken,
                readTimeoutSeconds, connectTimeoutSeconds, color, noSignRequest, noVerifySsl, caBundle, debug,
                cliBinaryFormat, role);
    }

    /**
     * These options with another region (a customization's nested client for a bucket's own region).
     *
     * @param region the region
     * @return the options
     */
    public GlobalOptions withRegion(String region) {
        return new GlobalOptions(region, profile, endpointUrl, output, query, paginate, pageSize, maxItems,
                startingToken, readTimeoutSeconds, connectTimeoutSeconds, color, noSignRequest, noVerifySsl, caBundle,
                debug, cliBinaryFormat, role);
    }

    /**
     * These options with a role to assume.
     *
     * @param role the role, or null for none
     * @return the options
     */
    public GlobalOptions withRole(RoleOptions role) {
        return new GlobalOptions(region, profile, endpointUrl, output, query, paginate, pageSize, maxItems,
                startingToken, readTimeoutSeconds, connectTimeoutSeconds, color, noSignRequest, noVerifySsl, caBundle,
                debug, cliBinaryFormat, role);
    }
}
