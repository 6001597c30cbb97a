package dev.awsmcp.regions;

import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceSummary;

/** A service named by the caller, resolved against the bundled index (no model is loaded). */
record ServiceRef(ServiceSummary summary) {

    static ServiceRef find(ServiceCatalog catalog, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("No service given; name one such as ec2 or s3api.");
        }
        String n = name.trim();
        ServiceSummary s = catalog.byCliName(n).or(() -> catalog.byName(n)).orElse(null);
        if (s == null) {
            throw new IllegalArgumentException("Unknown service '" + name
                    + "'; use an AWS CLI service name such as ec2, s3api or dynamodb.");
        }
        return new ServiceRef(s);
    }

    /** The CLI name callers see in answers. */
    String cliName() {
        return summary.cliName();
    }

    /** The {@code endpoints.json} key: the endpoint prefix, else the botocore name. */
    String endpointKey() {
        String prefix = summary.endpointPrefix();
        return prefix == null || prefix.isEmpty() ? summary.name() : prefix;
    }

    /**
     * The operation's model name for a model or CLI name.
     *
     * @throws IllegalArgumentException when the service has no such operation
     */
    String operation(String api) {
        String a = api.trim();
        for (String op : summary.operations()) {
            if (op.equals(a) || CliNames.toCli(op).equals(a)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Service " + summary.cliName() + " has no operation '" + api
                + "'; use a model name such as " + (summary.operations().isEmpty() ? "DescribeX" : summary.operations().get(0))
                + " or its CLI form.");
    }
}
