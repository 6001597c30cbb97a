package dev.awsmcp.client.endpoint;

import dev.awsmcp.model.ServiceCatalog;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.smithy.rulesengine.aws.language.functions.AwsPartition;
import software.amazon.smithy.rulesengine.aws.language.functions.partition.Partitions;

/**
 * Makes {@code aws.partition} use the bundled botocore {@code partitions.json} (the same release as the rule
 * sets) instead of the copy inside {@code smithy-aws-endpoints}, which lags behind (it lacks e.g.
 * {@code us-isob-west-1}). {@link AwsPartition#overridePartitions} is JVM-wide, so this runs once.
 */
final class BundledPartitions {
    private static final Logger LOG = LoggerFactory.getLogger(BundledPartitions.class);
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private BundledPartitions() {}

    static void install() {
        if (!INSTALLED.compareAndSet(false, true)) {
            return;
        }
        try {
            ServiceCatalog.bundled().readJson("partitions.json.gz")
                    .ifPresent(json -> AwsPartition.overridePartitions(Partitions.fromNode(SmithyNodes.of(json))));
        } catch (RuntimeException e) {
            // The library's own copy still resolves every partition by pattern; only region metadata may lag.
            LOG.warn("Using smithy-aws-endpoints' partitions: bundled partitions.json unusable ({})", e.toString());
        }
    }
}
