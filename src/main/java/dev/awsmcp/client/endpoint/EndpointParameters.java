package dev.awsmcp.client.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceModel;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.smithy.jmespath.JmespathExpression;
import software.amazon.smithy.model.jmespath.node.NodeJmespathRuntime;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.rulesengine.language.syntax.parameters.Parameter;
import software.amazon.smithy.rulesengine.language.syntax.parameters.ParameterType;

/**
 * Collects the rule-set parameter values for one call, in botocore's order
 * ({@code EndpointRulesetResolver._get_provider_params}): static context params of the operation, then
 * {@code contextParam} members of the input, then operation context params (JMESPath over the input), then client
 * context params, then builtIns. Unset parameters take the rule set's defaults. Values are plain Java
 * ({@link String}, {@link Boolean}, {@code List<String>}) so the map can key a cache.
 */
final class EndpointParameters {
    /** {@code botocore/args.py LEGACY_GLOBAL_STS_REGIONS}: where {@code sts_regional_endpoints=legacy} goes global. */
    private static final Set<String> LEGACY_GLOBAL_STS_REGIONS = Set.of(
            "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "aws-global", "ca-central-1",
            "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1",
            "us-east-2", "us-west-1", "us-west-2");

    private static final Map<String, JmespathExpression> PATHS = new ConcurrentHashMap<>();
    /** Per operation (by identity): rule-set parameter name to the input member carrying it. */
    private static final Cache<Operation, Map<String, String>> CONTEXT_MEMBERS =
            Caffeine.newBuilder().weakKeys().maximumSize(2048).build();

    private EndpointParameters() {}

    static Map<String, Object> collect(ParsedRuleSet ruleSet, ServiceModel service, Operation operation,
                                       ObjectNode input, EndpointSettings settings) {
        Map<String, Object> builtIns = builtIns(service, operation, input, settings);
        Map<String, Object> out = new LinkedHashMap<>();
        Node inputNode = null;
        for (Parameter p : ruleSet.parameters()) {
            String name = p.getNameString();
            Object v = null;
            if (operation != null) {
                v = convert(p, operation.staticContextParams().get(name));
                if (v == null && input != null) {
                    v = fromContextMember(p, operation, input);
                }
                if (v == null && input != null && operation.operationContextParams().containsKey(name)) {
                    if (inputNode == null) {
                        inputNode = SmithyNodes.of(input);
                    }
                    v = fromOperationContext(p, operation.operationContextParams().get(name), inputNode);
                }
            }
            if (v == null) {
                v = settings.clientContextParams().get(name);
            }
            if (v == null && p.getBuiltIn().isPresent()) {
                v = builtIns.get(p.getBuiltIn().get());
            }
            if (v == null && p.getDefault().isPresent()) {
                v = p.getDefault().get().toObject();
            }
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }

    /** {@code compute_endpoint_resolver_builtin_defaults} plus the per-call S3 customisation. */
    static Map<String, Object> builtIns(ServiceModel service, Operation operation, ObjectNode input, EndpointSettings s) {
        boolean custom = s.endpointUrl() != null;
        String region = s.region();
        Map<String, Object> b = new LinkedHashMap<>();
        put(b, "AWS::Region", region);
        b.put("AWS::UseFIPS", !custom && s.useFips());
        b.put("AWS::UseDualStack", !custom && s.useDualStack());
        put(b, "SDK::Endpoint", s.endpointUrl());
        b.put("AWS::STS::UseGlobalEndpoint", s.useGlobalEndpoint() && region != null && LEGACY_GLOBAL_STS_REGIONS.contains(region));
        b.put("AWS::S3::UseGlobalEndpoint", s.s3UseGlobalEndpoint() && (region == null || region.equals("us-east-1")));
        b.put("AWS::S3::Accelerate", s.s3Accelerate());
        b.put("AWS::S3::ForcePathStyle", forcePathStyle(s));
        b.put("AWS::S3::UseArnRegion", s.s3UseArnRegion());
        b.put("AWS::S3Control::UseArnRegion", s.s3ControlUseArnRegion());
        b.put("AWS::S3::DisableMultiRegionAccessPoints", s.s3DisableMultiRegionAccessPoints());
        put(b, "AWS::Auth::AccountId", s.accountId());
        put(b, "AWS::Auth::AccountIdEndpointMode", s.accountIdEndpointMode());
        if ("s3".equals(service.metadata().endpointPrefix()) && operation != null) {
            customizeS3(b, operation, input);
        }
        return b;
    }

    /** botocore: accelerate wins; a non-accelerate custom endpoint means path style unless {@code virtual}. */
    private static boolean forcePathStyle(EndpointSettings s) {
        if (s.s3Accelerate()) {
            return false;
        }
        if (s.endpointUrl() != null && !S3Urls.isAccelerateUrl(s.endpointUrl())) {
            return !"virtual".equals(s.s3AddressingStyle());
        }
        return s.s3ForcePathStyle() || "path".equals(s.s3AddressingStyle());
    }

    /** {@code botocore/handlers.py customize_endpoint_resolver_builtins}. */
    private static void customizeS3(Map<String, Object> b, Operation operation, ObjectNode input) {
        JsonNode bucket = input == null ? null : input.get("Bucket");
        if (operation.name().equals("GetBucketLocation")) {
            // The bucket's region is unknown here, so virtual hosting could be signed for the wrong region.
            b.put("AWS::S3::ForcePathStyle", true);
        } else if (bucket != null && bucket.isTextual() && S3Urls.isArn(bucket.asText())) {
            b.put("AWS::S3::ForcePathStyle", false);
        }
    }

    private static Object fromContextMember(Parameter p, Operation operation, ObjectNode input) {
        String member = CONTEXT_MEMBERS.get(operation, EndpointParameters::contextMembers).get(p.getNameString());
        return member == null ? null : convert(p, input.get(member));
    }

    private static Map<String, String> contextMembers(Operation operation) {
        Map<String, String> out = new HashMap<>();
        for (Member m : operation.inputMembers().values()) {
            if (m.contextParam() != null) {
                out.putIfAbsent(m.contextParam(), m.name());
            }
        }
        return Map.copyOf(out);
    }

    private static Object fromOperationContext(Parameter p, String path, Node input) {
        JmespathExpression expr = PATHS.computeIfAbsent(path, JmespathExpression::parse);
        Node result = expr.evaluate(input, NodeJmespathRuntime.INSTANCE);
        if (result == null || result.isNullNode()) {
            return null;
        }
        if (p.getType() == ParameterType.STRING_ARRAY) {
            if (!result.isArrayNode()) {
                return null;
            }
            List<String> out = new ArrayList<>();
            for (Node n : result.expectArrayNode()) {
                if (n.isStringNode()) {
                    out.add(n.expectStringNode().getValue());
                }
            }
            return List.copyOf(out);
        }
        if (p.getType() == ParameterType.BOOLEAN) {
            return result.isBooleanNode() ? result.expectBooleanNode().getValue() : null;
        }
        return result.isStringNode() ? result.expectStringNode().getValue() : null;
    }

    /** A JSON value as the parameter's type, or null when absent or of another type. */
    static Object convert(Parameter p, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        ParameterType type = p.getType();
        if (type == ParameterType.BOOLEAN) {
            if (v.isBoolean()) {
                return v.booleanValue();
            }
            return v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))
                    ? Boolean.valueOf(v.asText()) : null;
        }
        if (type == ParameterType.STRING_ARRAY) {
            if (!v.isArray()) {
                return null;
            }
            List<String> out = new ArrayList<>();
            v.forEach(item -> {
                if (item.isValueNode()) {
                    out.add(item.asText());
                }
            });
            return List.copyOf(out);
        }
        return v.isValueNode() ? v.asText() : null;
    }

    private static void put(Map<String, Object> m, String key, Object v) {
        if (v != null) {
            m.put(key, v);
        }
    }
}
