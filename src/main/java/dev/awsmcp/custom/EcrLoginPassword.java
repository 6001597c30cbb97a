package dev.awsmcp.custom;

import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.HighLevelCommand;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * {@code aws ecr get-login-password} and {@code aws ecr-public get-login-password} ({@code customizations/ecr.py},
 * {@code ecr_public.py}): calls {@code GetAuthorizationToken}, decodes the base64 {@code AWS:<password>} token and
 * prints the password and a newline. ECR answers with a list of authorization data (the CLI takes the first),
 * ECR Public with one object. Region and endpoint come from the global options, as with any call of the service.
 */
final class EcrLoginPassword implements Customization {

    private final String group;

    /**
     * @param group {@code ecr} or {@code ecr-public}
     */
    EcrLoginPassword(String group) {
        this.group = group;
    }

    @Override
    public String group() {
        return group;
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("get-login-password", group.equals("ecr") ? "Prints a registry authentication token."
                : "Prints a public registry authentication token.");
    }

    @Override
    public void plan(Invocation invocation, CustomPlan plan) {
        plan.api(group, "GetAuthorizationToken");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        CustomArgs.parse(h.service() + " " + h.subcommand(), h.args(), Set.of(), List.of());
        ObjectNode out = calls.call(h.service(), "GetAuthorizationToken", JsonNodeFactory.instance.objectNode(),
                h.options());
        JsonNode data = out.path("authorizationData");
        String[] parts = userAndPassword(data.isArray() ? data.path(0) : data, h.service());
        return CustomResult.text(parts[1] + "\n");
    }

    /**
     * The user and password of one authorization data entry: its base64 {@code <user>:<password>} token.
     *
     * @param auth    the entry
     * @param service {@code ecr} or {@code ecr-public}, for messages
     * @return the user and the password
     * @throws CustomCommandException when the token is missing or malformed (the CLI fails on it too)
     */
    static String[] userAndPassword(JsonNode auth, String service) {
        String token = auth.path("authorizationToken").asText(null);
        if (token == null) {
            throw new CustomCommandException("NoAuthorizationToken", "The " + service
                    + " GetAuthorizationToken response held no authorization token.",
                    "Check the endpoint (--endpoint-url) answers like " + service + "; retry the command.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getMimeDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new CustomCommandException("InvalidAuthorizationToken", "The authorization token is not valid base64.",
                    "Check the endpoint (--endpoint-url) answers like " + service + ".");
        }
        // The CLI's `user, password = token.split(':')` fails unless there is exactly one colon.
        String[] parts = decoded.split(":", -1);
        if (parts.length != 2) {
            throw new CustomCommandException("InvalidAuthorizationToken", "The decoded authorization token is not "
                    + "'<user>:<password>'.", "Check the endpoint (--endpoint-url) answers like " + service + ".");
        }
        return parts;
    }
}
