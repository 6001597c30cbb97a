package dev.awsmcp.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.CommandResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Live region facts through our own client: the account's region statuses ({@code account:ListRegions}), where a
 * service runs and what runs in a region (SSM public parameters under
 * {@code /aws/service/global-infrastructure/}), and whether a CloudFormation resource type exists in a region
 * ({@code cloudformation:DescribeType}). Each call that fails for lack of credentials or permission raises
 * {@link Unavailable}, so the caller can fall back to the bundled data and say why.
 */
final class LiveRegionData {
    static final String ACCOUNT_SOURCE = "account:ListRegions (live)";
    static final String SSM_SOURCE = "SSM public parameters (live)";
    static final String CFN_SOURCE = "CloudFormation registry DescribeType (live)";
    private static final String INFRA = "/aws/service/global-infrastructure";

    private final AwsCommandRunner runner;
    private final String apiRegion;

    /**
     * @param runner    runs commands through the facade
     * @param apiRegion where to call Account and SSM; the public parameters are the same in every region
     */
    LiveRegionData(AwsCommandRunner runner, String apiRegion) {
        this.runner = runner;
        this.apiRegion = apiRegion;
    }

    /** Live data could not be read; the message says why in one sentence. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /** Region code to this account's opt status. */
    Map<String, String> accountRegionStatuses() throws Unavailable {
        JsonNode out = run("aws account list-regions --region " + apiRegion + " --output json");
        Map<String, String> statuses = new LinkedHashMap<>();
        for (JsonNode r : out.path("Regions")) {
            statuses.put(r.path("RegionName").asText(), r.path("RegionOptStatus").asText());
        }
        return statuses;
    }

    /**
     * The regions SSM lists for a service, trying each candidate name (SSM uses its own service ids, mostly the
     * endpoint prefix); empty when SSM knows none of the names.
     */
    Set<String> serviceRegions(List<String> candidateNames) throws Unavailable {
        for (String name : candidateNames) {
            Set<String> regions = parameterValues(INFRA + "/services/" + name + "/regions");
            if (!regions.isEmpty()) {
                return regions;
            }
        }
        return Set.of();
    }

    /** The SSM service ids available in a region. */
    Set<String> regionServices(String region) throws Unavailable {
        return parameterValues(INFRA + "/regions/" + region + "/services");
    }

    /** Whether an AWS resource type is registered in a region. */
    boolean cfnTypeInRegion(String typeName, String region) throws Unavailable {
        CommandResult r = runner.run("aws cloudformation describe-type --type RESOURCE --type-name " + typeName
                + " --region " + region + " --output json");
        if (r.ok()) {
            return true;
        }
        if (r.error() != null && "TypeNotFoundException".equals(r.error().code())) {
            return false;
        }
        throw unavailable(r);
    }

    private Set<String> parameterValues(String path) throws Unavailable {
        JsonNode out = run("aws ssm get-parameters-by-path --path " + path + " --region " + apiRegion + " --output json");
        Set<String> values = new TreeSet<>();
        for (JsonNode p : out.path("Parameters")) {
            values.add(p.path("Value").asText());
        }
        return values;
    }

    private JsonNode run(String command) throws Unavailable {
        CommandResult r = runner.run(command);
        if (!r.ok() || r.json() == null) {
            throw unavailable(r);
        }
        return r.json();
    }

    private static Unavailable unavailable(CommandResult r) {
        String why = r.error() == null ? "exit code " + r.exitCode()
                : r.error().code() + ": " + r.error().message();
        return new Unavailable("'" + r.command() + "' failed (" + why + ")");
    }
}
