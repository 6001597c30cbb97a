package dev.awsmcp.custom;

import dev.awsmcp.model.AccessLevel;
import dev.awsmcp.command.HighLevelCommand;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code aws rds generate-db-auth-token --hostname H --port P --username U} ({@code customizations/rds.py},
 * botocore {@code signers.generate_db_auth_token}): a SigV4 query presign of
 * {@code https://H:P/?Action=connect&DBUser=U} for the signing name {@code rds-db} in the command's region, valid
 * for 900 seconds, printed without its scheme. Computed locally; nothing is sent.
 */
final class DbAuthToken implements Customization {
    /** botocore's fixed expiry of an IAM database authentication token. */
    static final Duration EXPIRY = Duration.ofSeconds(900);


    @Override
    public String group() {
        return "rds";
    }

    @Override
    public Map<String, String> commands() {
        return Map.of("generate-db-auth-token", "Generates an IAM database authentication token locally.");
    }

    @Override
    public void plan(Invocation invocation, CustomPlan plan) {
        plan.local("rds", "generate-db-auth-token", List.of("rds-db:connect"), AccessLevel.PERMISSIONS_MANAGEMENT, true,
                "signs a database login token with your credentials");
    }

    @Override
    public CustomResult run(HighLevelCommand h, CustomCalls calls) {
        CustomArgs args = CustomArgs.parse("rds generate-db-auth-token", h.args(),
                Set.of("hostname", "port", "username"), List.of("hostname", "port", "username"));
        String hostname = args.required("hostname");
        int port = port(args.required("port"));
        String region = calls.region(h.options());
        URI url;
        try {
            url = URI.create("https://" + hostname + ":" + port + "/");
        } catch (IllegalArgumentException e) {
            throw new CustomCommandException("InvalidHostname", "'" + hostname + "' is not a valid host name.",
                    "Pass the database endpoint's DNS name, e.g. mydb.123456789012.us-east-1.rds.amazonaws.com.", 252);
        }
        if (url.getHost() == null) {
            throw new CustomCommandException("InvalidHostname", "'" + hostname + "' is not a valid host name.",
                    "Pass the database endpoint's DNS name, e.g. mydb.123456789012.us-east-1.rds.amazonaws.com.", 252);
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("Action", "connect");
        query.put("DBUser", args.required("username"));
        URI signed = calls.presignUrl(url, query, "rds-db", region, EXPIRY, h.options());
        // botocore keeps the port as written (even 443) and cuts off "https://".
        return CustomResult.text(hostname + ":" + port + signed.getRawPath() + "?" + signed.getRawQuery() + "\n");
    }

    /** {@code cli_type_name: integer}: Python's {@code int()}, which allows surrounding spaces and a sign. */
    private static int port(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CustomCommandException("InvalidPort", "invalid literal for int() with base 10: '" + value + "'",
                    "Pass the database port as a number, e.g. --port 5432.", 252);
        }
    }
}
