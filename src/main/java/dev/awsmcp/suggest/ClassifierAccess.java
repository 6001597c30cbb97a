package dev.awsmcp.suggest;

import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceSummary;
import dev.awsmcp.model.AccessLevel;
import dev.awsmcp.policy.CallClass;
import dev.awsmcp.policy.Classification;
import dev.awsmcp.policy.Classifier;
import dev.awsmcp.policy.HighLevelPlans;
import dev.awsmcp.policy.PlannedCall;
import dev.awsmcp.policy.Source;
import java.util.List;
import java.util.Map;

/**
 * Access levels from the policy's {@link Classifier}, the same answer the gate gives when the command runs.
 * Waiters take their polled operation's level; a high-level {@code aws s3} command takes the riskiest of the
 * operations it calls; another customization the riskiest of what {@link HighLevelPlans} says it does.
 */
final class ClassifierAccess implements AccessLookup {
    /** The S3 operations each high-level command may call. */
    private static final Map<String, List<String>> S3_OPERATIONS = Map.of(
            "ls", List.of("ListBuckets", "ListObjectsV2"),
            "presign", List.of("GetObject"),
            "cp", List.of("GetObject", "PutObject"),
            "mv", List.of("GetObject", "PutObject", "DeleteObject"),
            "sync", List.of("ListObjectsV2", "GetObject", "PutObject"),
            "rm", List.of("DeleteObject"),
            "mb", List.of("CreateBucket"),
            "rb", List.of("DeleteBucket"));

    private final ServiceCatalog catalog;
    private final Classifier classifier;
    private final HighLevelPlans plans;

    ClassifierAccess(ServiceCatalog catalog, Classifier classifier) {
        this.catalog = catalog;
        this.classifier = classifier;
        this.plans = new HighLevelPlans(catalog);
    }

    @Override
    public Access of(CommandInfo c) {
        if (c.kind() == EntryKind.HIGH_LEVEL && !c.service().equals("s3")) {
            return planned(c);
        }
        if (c.kind() == EntryKind.HIGH_LEVEL) {
            ServiceSummary s3 = catalog.byCliName("s3api").orElseThrow();
            AccessLevel level = null;
            CallClass callClass = null;
            Source source = null;
            for (String op : S3_OPERATIONS.getOrDefault(c.command(), List.of())) {
                Classification k = classifier.classify(s3, op, null, null);
                level = level == null ? k.accessLevel() : AccessLevel.max(level, k.accessLevel());
                callClass = callClass == null ? k.callClass() : CallClass.max(callClass, k.callClass());
                source = source == null ? k.source() : Source.weakest(source, k.source());
            }
            return level == null ? unknown() : new Access(level.label(), callClass.label(), basis(source));
        }
        ServiceSummary summary = catalog.byCliName(c.service()).orElse(null);
        if (summary == null || c.modelOperation() == null) {
            return unknown();
        }
        Classification k = classifier.classify(summary, c.modelOperation(), c.httpMethod(), null);
        return new Access(k.accessLevel().label(), k.callClass().label(), basis(k.source()));
    }

    /** A customization other than {@code aws s3}: the riskiest of what the policy's plan says it does. */
    private Access planned(CommandInfo c) {
        AccessLevel level = null;
        CallClass callClass = null;
        Source source = null;
        for (PlannedCall call : plans.plan(c.service(), c.command(), List.of(), Map.of()).calls()) {
            Classification k = call.local() != null ? call.local()
                    : classifier.classify(call.model(), call.operation(), call.params());
            level = level == null ? k.accessLevel() : AccessLevel.max(level, k.accessLevel());
            callClass = callClass == null ? k.callClass() : CallClass.max(callClass, k.callClass());
            source = source == null ? k.source() : Source.weakest(source, k.source());
        }
        return level == null ? unknown() : new Access(level.label(), callClass.label(), basis(source));
    }

    private static String basis(Source source) {
        return "classifier:" + source.label();
    }

    private static Access unknown() {
        return new Access(AccessLevel.UNKNOWN.label(), CallClass.UNKNOWN.label(), "classifier:unknown");
    }
}
