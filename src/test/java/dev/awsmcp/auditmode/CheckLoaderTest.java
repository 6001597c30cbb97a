package dev.awsmcp.auditmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled packs load, and bad checks are refused with file:line, read-only commands only. */
class CheckLoaderTest {
    private final CheckLoader loader = new CheckLoader();

    @Test
    void theBundledPacksLoadWithAtLeastFortySecurityChecks() {
        List<Check> security = loader.bundled("security");
        assertThat(security).hasSizeGreaterThanOrEqualTo(40);
        assertThat(security).extracting(Check::id).doesNotHaveDuplicates()
                .contains("iam-root-mfa", "s3-bucket-public-access-block", "cloudtrail-multi-region",
                        "ec2-sg-no-ssh-from-anywhere-ipv4", "kms-key-rotation", "guardduty-enabled");
        assertThat(security).filteredOn(c -> c.cis() != null).hasSizeGreaterThanOrEqualTo(30);
        assertThat(security).allSatisfy(c -> {
            assertThat(c.remediation()).as(c.id()).isNotBlank();
            assertThat(c.references()).as(c.id()).isNotEmpty();
            assertThat(c.origin()).startsWith("security.yaml:");
        });
        assertThat(loader.bundled("inventory")).allMatch(Check::inventory);
        assertThat(loader.bundled("cost")).extracting(Check::id).contains("cost-ebs-unattached", "cost-gp2-volumes");
    }

    @Test
    void aCheckThatWritesIsRefusedWhenLoaded(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.yaml"), """
                checks:
                  - id: sneaky-write
                    title: looks innocent
                    severity: low
                    service: s3
                    list: aws s3api put-bucket-versioning --bucket b --versioning-configuration Status=Suspended
                    rule: "true"
                """);
        assertThatThrownBy(() -> loader.directory(dir)).isInstanceOf(CheckException.class)
                .hasMessageContaining("mine.yaml:2").hasMessageContaining("not allowed in read-only mode")
                .extracting(e -> ((CheckException) e).code()).isEqualTo("CheckNotReadOnly");
    }

    @Test
    void aStepThatWritesIsRefusedToo() {
        assertThatThrownBy(() -> loader.parse("""
                checks:
                  - id: step-write
                    title: t
                    severity: low
                    service: s3
                    list: aws s3api list-buckets
                    items: Buckets
                    resourceId: Name
                    steps:
                      - name: x
                        command: aws s3api delete-bucket --bucket {Name}
                    rule: "true"
                """, "user.yaml", "user")).hasMessageContaining("user.yaml:2").hasMessageContaining("step x")
                .hasMessageContaining("not allowed in read-only mode");
    }

    @Test
    void malformedChecksNameTheirFileAndLine() {
        assertThatThrownBy(() -> loader.parse("checks:\n  - id: ok-check\n    title: t\n    severity: low\n"
                + "    service: s3\n    list: aws s3api list-buckets\n  - id: Bad Id\n", "a.yaml", "a"))
                .hasMessageContaining("a.yaml:7").hasMessageContaining("lower-case");
        assertThatThrownBy(() -> loader.parse("checks:\n  - id: no-list\n    title: t\n    severity: low\n"
                + "    service: s3\n", "b.yaml", "b")).hasMessageContaining("b.yaml:2").hasMessageContaining("'list'");
        assertThatThrownBy(() -> loader.parse("checks:\n  - id: bad-rule\n    title: t\n    severity: low\n"
                + "    service: s3\n    list: aws s3api list-buckets\n    rule: \"length(\"\n", "c.yaml", "c"))
                .hasMessageContaining("c.yaml:2").hasMessageContaining("not valid JMESPath");
        assertThatThrownBy(() -> loader.parse("checks:\n  - id: bad-sev\n    title: t\n    severity: urgent\n"
                + "    service: s3\n    list: aws s3api list-buckets\n", "d.yaml", "d"))
                .hasMessageContaining("d.yaml:2").hasMessageContaining("not a severity");
        assertThatThrownBy(() -> loader.parse("checks:\n  - id: typo-key\n    title: t\n    severity: low\n"
                + "    service: s3\n    lst: aws s3api list-buckets\n", "e.yaml", "e"))
                .hasMessageContaining("unknown key 'lst'");
        assertThatThrownBy(() -> loader.parse("checks: [\n", "f.yaml", "f")).hasMessageContaining("f.yaml:")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> loader.parse("checks:\n  - id: unknown-service\n    title: t\n    severity: low\n"
                + "    service: x\n    list: aws nosuchservice list-things\n", "g.yaml", "g"))
                .hasMessageContaining("g.yaml:2").hasMessageContaining("does not parse");
    }

    @Test
    void unknownPacksAndChecksAreOneSentenceWithAHint() {
        AuditPlanner planner = new AuditPlanner();
        assertThatThrownBy(() -> planner.checks(new AuditRequest(List.of("securty"), List.of(), null, null, null, null,
                null, null, null, null))).hasMessageContaining("no pack 'securty'")
                .extracting(e -> ((CheckException) e).hint()).asString().contains("security");
        assertThatThrownBy(() -> planner.checks(new AuditRequest(List.of(), List.of("iam-root-mfaa"), null, null, null,
                null, null, null, null, null))).hasMessageContaining("no check 'iam-root-mfaa'")
                .extracting(e -> ((CheckException) e).hint()).asString().contains("iam-root-mfa");
        assertThat(planner.checks(new AuditRequest(List.of(), List.of(), null, null, null, null, null, null, null, null)))
                .allMatch(c -> c.pack().equals("security"));
    }
}
