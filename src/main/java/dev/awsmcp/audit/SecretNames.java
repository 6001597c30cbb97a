package dev.awsmcp.audit;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parameter names that look like they carry secrets ({@code Password}, {@code SecretString},
 * {@code --session-token}, {@code aws_secret_access_key}, {@code ClientSecret}, {@code PrivateKey} ...), for values
 * the models do not mark {@code sensitive}. Names that only refer to a secret ({@code SecretId}, {@code SecretArn},
 * {@code PasswordPolicy}, {@code NextToken}, {@code ClientToken}) are not secrets.
 */
final class SecretNames {
    private static final Pattern SECRET = Pattern.compile(
            "password|passwd|passphrase|secret|token|privatekey|apikey|accesskey|sessionkey|credential|authkey"
                    + "|authcode|sharedkey|signingkey|encryptionkey|masterkey|hmackey|preSharedKey".toLowerCase(Locale.ROOT));
    private static final Pattern NOT_SECRET = Pattern.compile(
            "(next|pagination|continuation|starting|client|idempotency|max|cancel|request)tokens?"
                    + "|.*(id|ids|arn|arns|name|names|type|types|length|policy|policies|count|stage|stages|version"
                    + "|versions|date|time|enabled|required|prefix|list|status|format|reuseprevention|age|ttl"
                    + "|expiration|duration|period|source|location|config|configuration|options|settings|rotation"
                    + "|hint|tokenendpoint|url|uri|mode|level|size|algorithm|spec|usage|state|reset)");

    private SecretNames() {}

    /**
     * Whether a member, option or key name looks like it carries a secret.
     *
     * @param name {@code MasterUserPassword}, {@code --secret-string}, {@code aws_session_token}, ...
     * @return true when its value must be redacted
     */
    static boolean isSecret(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return SECRET.matcher(n).find() && !NOT_SECRET.matcher(n).matches();
    }
}
