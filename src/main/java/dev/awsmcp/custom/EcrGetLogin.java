package dev.awsmcp.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CustomArguments;
import dev.awsmcp.command.CustomArguments.Argument;
import dev.awsmcp.command.HighLevelCommand;
import java.util.List;
import java.util.Map;

/**
 * {@code aws ecr get-login} ({@code customizations/ecr.py}, deprecated by the CLI in favour of
 * {@code get-login-password}): one {@code docker login -u AWS -p <password> [-e none] <endpoint>} line per registry.
 * The line holds the password, so it is classified like {@code get-login-password} (a sensitive read).
 */
final class EcrGetLogin implements Customization {
    private static final CustomArguments ARGS = new CustomArguments("ecr get-login", List.of(
            Argument.words("registry-ids"), Argument.flag("include-email"), Argument.flag("no-include-email")));

    @Override
    public String group() {
        return "ecr";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("get-login", "Prints a docker login command for each registry (deprecated: use "
                + "get-login-password).");
    }

    @Override
    public void plan(Invocation invocation, CustomPlan plan) {
        plan.api("ecr", "GetAuthorizationToken");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        ObjectNode args = ARGS.parse(h.args(), calls.files());
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        if (args.has("registry-ids")) {
            request.set("registryIds", args.get("registry-ids"));
        }
        // argparse: both flags set one destination, so the last one given wins (default: include it)
        boolean includeEmail = h.args().lastIndexOf("--no-include-email") <= h.args().lastIndexOf("--include-email");
        StringBuilder out = new StringBuilder();
        for (JsonNode auth : calls.call("ecr", "GetAuthorizationToken", request, h.options()).path("authorizationData")) {
            String[] login = EcrLoginPassword.userAndPassword(auth, "ecr");
            out.append("docker login -u ").append(login[0]).append(" -p ").append(login[1])
                    .append(includeEmail ? " -e none " : " ").append(auth.path("proxyEndpoint").asText()).append('\n');
        }
        return CustomResult.printed(out.toString());
    }
}
