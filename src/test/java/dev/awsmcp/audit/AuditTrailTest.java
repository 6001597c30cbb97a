package dev.awsmcp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.policy.CommandPlan;
import dev.awsmcp.policy.Decision;
import dev.awsmcp.policy.DecisionContext;
import dev.awsmcp.policy.PlannedCall;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ServiceModel SECRETS = ServiceCatalog.bundled().model("secretsmanager").orElseThrow();
    private static final String SECRET = "hunter2-Sup3rS3cret";

    @TempDir
    Path dir;

    private static Decision decide(String command, ObjectNode params) {
        PlannedCall call = PlannedCall.api(SECRETS, SECRETS.operation("CreateSecret").orElseThrow(), params);
        return PolicyEngine.of(PolicySettings.defaults().withReadOnly(true), dev.awsmcp.policy.Classifier.bundled(), null)
                .decide(CommandPlan.of(command, "aws secretsmanager create-secret", GlobalOptions.none(), List.of(call)),
                        DecisionContext.unknown());
    }

    private CallFacts event(String command) throws IOException {
        ObjectNode params = (ObjectNode) JSON.readTree("{\"Name\":\"db\",\"SecretString\":\"" + SECRET + "\"}");
        return CallFacts.builder(command).time(Instant.parse("2026-01-02T03:04:05Z")).client("claude-code", "1.2.3")
                .tool("call_aws").call(SECRETS, SECRETS.operation("CreateSecret").orElseThrow(), params)
                .decision(decide(command, params)).target("dev", "eu-west-1").credentials(new CredentialKey("dev", "AKIAEXAMPLE"))
                .response(List.of("req-1"), 0, "AccessDenied").duration(Duration.ofMillis(42)).build();
    }

    @Test
    void writesOneParsableRedactedLinePerCall() throws Exception {
        Path file = dir.resolve("audit/audit.jsonl");
        AtomicInteger lookups = new AtomicInteger();
        try (AuditTrail trail = AuditTrail.builder().sink(new RotatingFileSink(file, 1 << 20, 3))
                .callerIdentity(new CallerIdentityCache(k -> {
                    lookups.incrementAndGet();
                    return Optional.of("arn:aws:iam::123456789012:user/dev");
                }, Runnable::run)).build()) {
            trail.record(event("aws secretsmanager create-secret --name db --secret-string " + SECRET));
            trail.record(event("aws secretsmanager create-secret --cli-input-json '{\"Name\":\"db\",\"SecretString\":\"" + SECRET + "\"}'"));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(line).doesNotContain(SECRET).doesNotContain("AKIAEXAMPLE");
            JsonNode o = JSON.readTree(line);
            assertThat(o.path("time").asText()).isEqualTo("2026-01-02T03:04:05Z");
            assertThat(o.path("client").path("name").asText()).isEqualTo("claude-code");
            assertThat(o.path("tool").asText()).isEqualTo("call_aws");
            assertThat(o.path("service").asText()).isEqualTo("secretsmanager");
            assertThat(o.path("operation").asText()).isEqualTo("CreateSecret");
            assertThat(o.path("iamActions").get(0).asText()).isEqualTo("secretsmanager:CreateSecret");
            assertThat(o.path("accessLevel").asText()).isEqualTo("Write");
            assertThat(o.path("decision").asText()).isEqualTo("deny");
            assertThat(o.path("rule").asText()).isEqualTo("mode:read-only");
            assertThat(o.path("profile").asText()).isEqualTo("dev");
            assertThat(o.path("region").asText()).isEqualTo("eu-west-1");
            assertThat(o.path("callerArn").asText()).isEqualTo("arn:aws:iam::123456789012:user/dev");
            assertThat(o.path("requestIds").get(0).asText()).isEqualTo("req-1");
            assertThat(o.path("durationMs").asLong()).isEqualTo(42);
            assertThat(o.path("errorCode").asText()).isEqualTo("AccessDenied");
            assertThat(o.path("command").asText()).contains("***");
        }
        assertThat(lookups).hasValue(1);
    }

    @Test
    void failedIdentityLookupIsKeptForFiveMinutesThenRetried() {
        AtomicInteger calls = new AtomicInteger();
        AtomicLong nanos = new AtomicLong();
        CallerIdentityCache cache = new CallerIdentityCache(k -> {
            if (calls.incrementAndGet() == 1) {
                throw new IOException("sts down");
            }
            return Optional.of("arn:aws:sts::123456789012:assumed-role/r/s");
        }, Runnable::run, nanos::get);
        CredentialKey key = new CredentialKey(null, "AKIA1");
        for (int i = 0; i < 10; i++) {
            assertThat(cache.arn(key)).isEmpty();
        }
        assertThat(calls).hasValue(1);
        nanos.addAndGet(CallerIdentityCache.FAILED_TTL.toNanos() + 1);
        assertThat(cache.account(key)).contains("123456789012");
        assertThat(cache.arn(key)).isPresent();
        assertThat(calls).hasValue(2);
    }

    @Test
    void foundArnOutlivesTheFailureTtl() {
        AtomicInteger calls = new AtomicInteger();
        AtomicLong nanos = new AtomicLong();
        CallerIdentityCache cache = new CallerIdentityCache(k -> {
            calls.incrementAndGet();
            return Optional.of("arn:aws:iam::123456789012:user/dev");
        }, Runnable::run, nanos::get);
        CredentialKey key = new CredentialKey("dev", "AKIA1");
        assertThat(cache.arn(key)).isPresent();
        nanos.addAndGet(CallerIdentityCache.FAILED_TTL.toNanos() * 2);
        assertThat(cache.arn(key)).isPresent();
        assertThat(calls).hasValue(1);
    }

    @Test
    void pendingLookupNeitherBlocksNorRepeatsAndRecordsCarryNoArnMeanwhile() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        List<String> lines = new ArrayList<>();
        try (CallerIdentityCache cache = new CallerIdentityCache(k -> {
            calls.incrementAndGet();
            release.await();
            return Optional.of("arn:aws:iam::123456789012:user/dev");
        })) {
            AuditTrail trail = AuditTrail.builder().sink((r, l) -> lines.add(l)).callerIdentity(cache)
                    .callerIdentityWait(Duration.ofMillis(20)).build();
            CredentialKey key = new CredentialKey("dev", "AKIAEXAMPLE");
            for (int i = 0; i < 5; i++) {
                trail.record(CallFacts.builder("aws s3 ls").credentials(key).build());
            }
            assertThat(lines).hasSize(5).allSatisfy(l -> assertThat(JSON.readTree(l).path("callerArn").isNull()
                    || JSON.readTree(l).path("callerArn").isMissingNode()).isTrue());
            release.countDown();
            assertThat(cache.prefetch(key).get(10, TimeUnit.SECONDS)).contains("arn:aws:iam::123456789012:user/dev");
            trail.record(CallFacts.builder("aws s3 ls").credentials(key).build());
            assertThat(JSON.readTree(lines.get(5)).path("callerArn").asText()).isEqualTo("arn:aws:iam::123456789012:user/dev");
            assertThat(calls).hasValue(1);
        }
    }

    @Test
    void prefetchResolvesTheKeyIdOffTheCallersThreadAndLooksUpThatCredentialSet() throws Exception {
        List<CredentialKey> looked = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch resolving = new CountDownLatch(1);
        try (CallerIdentityCache cache = new CallerIdentityCache(k -> {
            looked.add(k);
            return Optional.of("arn:aws:iam::123456789012:user/dev");
        })) {
            cache.prefetch("dev", () -> {
                try {
                    resolving.await(); // a slow first credential resolution must not hold up the caller
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "AKIA1";
            });
            cache.prefetch("dev", () -> null); // no credentials: nothing to look up
            resolving.countDown();
            CredentialKey key = new CredentialKey("dev", "AKIA1");
            assertThat(cache.arn(key, Duration.ofSeconds(10))).contains("arn:aws:iam::123456789012:user/dev");
            assertThat(looked).containsExactly(key);
        }
    }

    @Test
    void keyWithoutAccessKeyIdUsesAnArnFoundForTheSameProfile() {
        AtomicInteger calls = new AtomicInteger();
        CallerIdentityCache cache = new CallerIdentityCache(k -> {
            calls.incrementAndGet();
            return Optional.of("arn:aws:iam::123456789012:user/" + k.profile());
        }, Runnable::run);
        assertThat(cache.arn(new CredentialKey("dev", "AKIA1"))).contains("arn:aws:iam::123456789012:user/dev");
        assertThat(cache.arn(new CredentialKey("dev", null))).contains("arn:aws:iam::123456789012:user/dev");
        assertThat(calls).hasValue(1);
        assertThat(cache.arn(new CredentialKey("ops", null))).contains("arn:aws:iam::123456789012:user/ops");
        assertThat(calls).hasValue(2);
    }

    @Test
    void credentialKeyNeverPrintsTheKeyId() {
        assertThat(new CredentialKey("dev", "AKIAEXAMPLE").toString()).doesNotContain("AKIAEXAMPLE");
    }

    @Test
    void primarySinkFailureIsReported() {
        AuditDestination broken = (r, l) -> {
            throw new IOException("disk full");
        };
        AuditTrail trail = AuditTrail.builder().sink(broken).build();
        assertThatThrownBy(() -> trail.record(CallFacts.builder("aws s3 ls").build())).isInstanceOf(AuditException.class);
    }

    @Test
    void secondarySinkFailureDoesNotFailTheCall() {
        List<String> lines = new ArrayList<>();
        AuditTrail trail = AuditTrail.builder().sink((r, l) -> lines.add(l)).sink((r, l) -> {
            throw new IOException("network");
        }).build();
        trail.record(CallFacts.builder("aws s3 ls").highLevel("s3 ls").build());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\"service\":\"s3\"").contains("\"operation\":\"ls\"");
    }

    @Test
    void recordWithoutDecisionStillHasEveryKey() throws Exception {
        List<String> lines = new ArrayList<>();
        AuditTrail.builder().sink((r, l) -> lines.add(l)).build().record(CallFacts.builder("aws nope").build());
        JsonNode o = JSON.readTree(lines.get(0));
        assertThat(o.has("decision")).isTrue();
        assertThat(o.get("decision").isNull()).isTrue();
        assertThat(o.has("callerArn")).isTrue();
    }

    @Test
    void neverLogsOutput() throws Exception {
        List<String> lines = new ArrayList<>();
        AuditTrail.builder().sink((r, l) -> lines.add(l)).build().record(event("aws secretsmanager create-secret --name db"));
        JsonNode o = JSON.readTree(lines.get(0));
        assertThat(o.has("output")).isFalse();
        assertThat(o.has("json")).isFalse();
    }
}
