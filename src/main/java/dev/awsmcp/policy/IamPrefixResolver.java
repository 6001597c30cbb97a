package dev.awsmcp.policy;

import dev.awsmcp.model.ServiceSummary;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a service's IAM prefix. The reviewed table wins; otherwise the candidates from the model metadata
 * (signing name, endpoint prefix, botocore name, CLI name) that exist in the data are scored by how many of the
 * service's operations they name, and the best one (first on ties) is taken. The signing name is right for almost
 * every service ({@code elbv2} → {@code elasticloadbalancing}, {@code stepfunctions} → {@code states}); scoring
 * also catches {@code cloudwatch}, which signs as {@code monitoring}.
 */
final class IamPrefixResolver {
    private final AccessLevelTable table;
    private final IamOverrides overrides;

    IamPrefixResolver(AccessLevelTable table, IamOverrides overrides) {
        this.table = table;
        this.overrides = overrides;
    }

    /** The prefix, or null when nothing names one in the data. */
    String resolve(ServiceSummary s) {
        String reviewed = overrides.prefix(s.name());
        if (reviewed != null) {
            return reviewed;
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (String c : new String[] {s.signingName(), s.endpointPrefix(), s.name(), s.cliName()}) {
            if (c != null) {
                candidates.add(c.toLowerCase(Locale.ROOT));
            }
        }
        String best = null;
        int bestScore = -1;
        for (String c : candidates) {
            if (!table.hasPrefix(c)) {
                continue;
            }
            int score = 0;
            for (String op : s.operations()) {
                if (table.find(c, op).isPresent()) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }
}
