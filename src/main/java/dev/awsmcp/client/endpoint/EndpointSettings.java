package dev.awsmcp.client.endpoint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Client-level inputs to endpoint resolution (the rule sets' builtIns and client context parameters). Defaults
 * follow the AWS CLI v1 ({@code botocore/args.py compute_endpoint_resolver_builtin_defaults}).
 *
 * <pre>{@code
 * EndpointSettings s = EndpointSettings.builder("eu-west-1").useFips(true).build();
 * }</pre>
 *
 * @param region                     {@code AWS::Region}; null lets the rule set report the missing region
 * @param endpointUrl                {@code SDK::Endpoint} from {@code --endpoint-url}, or null. When set, FIPS and
 *                                   dual-stack are not passed on (as in botocore) and S3 uses path-style
 *                                   addressing unless {@code s3AddressingStyle} is {@code virtual}
 * @param useFips                    {@code AWS::UseFIPS} ({@code use_fips_endpoint})
 * @param useDualStack               {@code AWS::UseDualStack} ({@code use_dualstack_endpoint})
 * @param s3ForcePathStyle           {@code AWS::S3::ForcePathStyle}; same as {@code s3AddressingStyle = path}
 * @param s3UseArnRegion             {@code AWS::S3::UseArnRegion} ({@code s3.use_arn_region}, default true)
 * @param useGlobalEndpoint          {@code AWS::STS::UseGlobalEndpoint}: {@code sts_regional_endpoints = legacy}
 *                                   (default false, i.e. regional STS endpoints)
 * @param accountId                  {@code AWS::Auth::AccountId} from the credentials, or null
 * @param s3UseGlobalEndpoint        {@code AWS::S3::UseGlobalEndpoint} in us-east-1:
 *                                   {@code s3.us_east_1_regional_endpoint = legacy} (the CLI v1 default, true)
 * @param s3Accelerate               {@code AWS::S3::Accelerate} ({@code s3.use_accelerate_endpoint})
 * @param s3DisableMultiRegionAccessPoints {@code AWS::S3::DisableMultiRegionAccessPoints}
 * @param s3ControlUseArnRegion      {@code AWS::S3Control::UseArnRegion} (default false)
 * @param s3AddressingStyle          {@code auto}, {@code path} or {@code virtual} ({@code s3.addressing_style})
 * @param accountIdEndpointMode      {@code AWS::Auth::AccountIdEndpointMode}: {@code preferred} (default),
 *                                   {@code disabled} or {@code required}
 * @param clientContextParams        rule-set parameters by name (e.g. {@code DisableS3ExpressSessionAuth}) with
 *                                   {@link Boolean}, {@link String} or {@code List<String>} values; they win over
 *                                   builtIns, lose to operation context parameters
 */
public record EndpointSettings(String region, String endpointUrl, boolean useFips, boolean useDualStack,
                               boolean s3ForcePathStyle, boolean s3UseArnRegion, boolean useGlobalEndpoint,
                               String accountId, boolean s3UseGlobalEndpoint, boolean s3Accelerate,
                               boolean s3DisableMultiRegionAccessPoints, boolean s3ControlUseArnRegion,
                               String s3AddressingStyle, String accountIdEndpointMode,
                               Map<String, Object> clientContextParams) {

    private static final Set<String> ADDRESSING_STYLES = Set.of("auto", "path", "virtual");
    private static final Set<String> ACCOUNT_ID_MODES = Set.of("preferred", "disabled", "required");

    /**
     * @throws IllegalArgumentException for an unknown addressing style or account-id endpoint mode
     */
    public EndpointSettings {
        s3AddressingStyle = s3AddressingStyle == null ? "auto" : s3AddressingStyle;
        accountIdEndpointMode = accountIdEndpointMode == null ? "preferred" : accountIdEndpointMode;
        if (!ADDRESSING_STYLES.contains(s3AddressingStyle)) {
            throw new IllegalArgumentException("s3 addressing_style must be auto, path or virtual, was " + s3AddressingStyle);
        }
        if (!ACCOUNT_ID_MODES.contains(accountIdEndpointMode)) {
            throw new IllegalArgumentException("account_id_endpoint_mode must be preferred, disabled or required, was "
                    + accountIdEndpointMode);
        }
        clientContextParams = clientContextParams == null ? Map.of() : Map.copyOf(clientContextParams);
        if (endpointUrl != null && endpointUrl.isBlank()) {
            endpointUrl = null;
        }
    }

    /** The original eight-field form; the added fields take their CLI defaults. */
    public EndpointSettings(String region, String endpointUrl, boolean useFips, boolean useDualStack,
                            boolean s3ForcePathStyle, boolean s3UseArnRegion, boolean useGlobalEndpoint,
                            String accountId) {
        this(region, endpointUrl, useFips, useDualStack, s3ForcePathStyle, s3UseArnRegion, useGlobalEndpoint,
                accountId, true, false, false, false, "auto", "preferred", Map.of());
    }

    /** Defaults for a region: no overrides, no FIPS, no dual-stack. */
    public static EndpointSettings forRegion(String region) {
        return builder(region).build();
    }

    /**
     * A builder starting from the CLI defaults.
     *
     * @param region the region, or null
     * @return a builder
     */
    public static Builder builder(String region) {
        return new Builder(region);
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder(region);
        b.endpointUrl = endpointUrl;
        b.useFips = useFips;
        b.useDualStack = useDualStack;
        b.s3ForcePathStyle = s3ForcePathStyle;
        b.s3UseArnRegion = s3UseArnRegion;
        b.useGlobalEndpoint = useGlobalEndpoint;
        b.accountId = accountId;
        b.s3UseGlobalEndpoint = s3UseGlobalEndpoint;
        b.s3Accelerate = s3Accelerate;
        b.s3DisableMultiRegionAccessPoints = s3DisableMultiRegionAccessPoints;
        b.s3ControlUseArnRegion = s3ControlUseArnRegion;
        b.s3AddressingStyle = s3AddressingStyle;
        b.accountIdEndpointMode = accountIdEndpointMode;
        b.clientContextParams.putAll(clientContextParams);
        return b;
    }

    /** Builds {@link EndpointSettings}; each setter returns the builder. */
    public static final class Builder {
        private String region;
        private String endpointUrl;
        private boolean useFips;
        private boolean useDualStack;
        private boolean s3ForcePathStyle;
        private boolean s3UseArnRegion = true;
        private boolean useGlobalEndpoint;
        private String accountId;
        private boolean s3UseGlobalEndpoint = true;
        private boolean s3Accelerate;
        private boolean s3DisableMultiRegionAccessPoints;
        private boolean s3ControlUseArnRegion;
        private String s3AddressingStyle = "auto";
        private String accountIdEndpointMode = "preferred";
        private final Map<String, Object> clientContextParams = new LinkedHashMap<>();

        private Builder(String region) {
            this.region = region;
        }

        public Builder region(String v) { region = v; return this; }
        public Builder endpointUrl(String v) { endpointUrl = v; return this; }
        public Builder useFips(boolean v) { useFips = v; return this; }
        public Builder useDualStack(boolean v) { useDualStack = v; return this; }
        public Builder s3ForcePathStyle(boolean v) { s3ForcePathStyle = v; return this; }
        public Builder s3UseArnRegion(boolean v) { s3UseArnRegion = v; return this; }
        /** {@code sts_regional_endpoints = legacy}. */
        public Builder useGlobalEndpoint(boolean v) { useGlobalEndpoint = v; return this; }
        public Builder accountId(String v) { accountId = v; return this; }
        /** {@code s3.us_east_1_regional_endpoint = legacy} (true) or {@code regional} (false). */
        public Builder s3UseGlobalEndpoint(boolean v) { s3UseGlobalEndpoint = v; return this; }
        public Builder s3Accelerate(boolean v) { s3Accelerate = v; return this; }
        public Builder s3DisableMultiRegionAccessPoints(boolean v) { s3DisableMultiRegionAccessPoints = v; return this; }
        public Builder s3ControlUseArnRegion(boolean v) { s3ControlUseArnRegion = v; return this; }

        /**
         * @param v {@code auto}, {@code path} or {@code virtual}
         * @throws IllegalArgumentException for any other value
         */
        public Builder s3AddressingStyle(String v) {
            if (!ADDRESSING_STYLES.contains(Objects.requireNonNull(v, "s3AddressingStyle"))) {
                throw new IllegalArgumentException("s3 addressing_style must be auto, path or virtual, was " + v);
            }
            s3AddressingStyle = v;
            return this;
        }

        /**
         * @param v {@code preferred}, {@code disabled} or {@code required}
         * @throws IllegalArgumentException for any other value
         */
        public Builder accountIdEndpointMode(String v) {
            if (!ACCOUNT_ID_MODES.contains(Objects.requireNonNull(v, "accountIdEndpointMode"))) {
                throw new IllegalArgumentException("account_id_endpoint_mode must be preferred, disabled or required, was " + v);
            }
            accountIdEndpointMode = v;
            return this;
        }

        /**
         * Sets a rule-set parameter by name, e.g. {@code DisableS3ExpressSessionAuth}.
         *
         * @param name  the rule-set parameter name
         * @param value a {@link Boolean}, {@link String} or {@code List<String>}
         * @throws IllegalArgumentException for another value type
         */
        public Builder clientContextParam(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (!(value instanceof Boolean || value instanceof String || value instanceof java.util.List)) {
                throw new IllegalArgumentException("client context parameter " + name + " must be a Boolean, String or List");
            }
            clientContextParams.put(name, value);
            return this;
        }

        public EndpointSettings build() {
            return new EndpointSettings(region, endpointUrl, useFips, useDualStack, s3ForcePathStyle, s3UseArnRegion,
                    useGlobalEndpoint, accountId, s3UseGlobalEndpoint, s3Accelerate, s3DisableMultiRegionAccessPoints,
                    s3ControlUseArnRegion, s3AddressingStyle, accountIdEndpointMode, clientContextParams);
        }
    }
}
