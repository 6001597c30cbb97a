package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.command.WorkingDirectoryFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws eks update-kubeconfig} through the facade: the file AWS CLI v1 1.45.11 writes for the same cluster
 * (checked byte for byte against the CLI on moto while porting), merged into an existing kubeconfig, under the
 * file guard.
 */
class EksKubeconfigWireMockTest {
    private static final String ARN = "arn:aws:eks:us-west-2:123456789012:cluster/demo";

    @TempDir
    Path work;
    private WireMockServer wm;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        wm.stubFor(get("/clusters/demo").willReturn(okJson("{\"cluster\":{\"name\":\"demo\",\"arn\":\"" + ARN + "\","
                + "\"endpoint\":\"https://ABC.gr7.us-west-2.eks.amazonaws.com\",\"status\":\"ACTIVE\","
                + "\"certificateAuthority\":{\"data\":\"Q0VSVA==\"}}}")));
        wm.stubFor(get("/clusters/creating").willReturn(okJson("{\"cluster\":{\"name\":\"creating\",\"arn\":\"a\","
                + "\"status\":\"CREATING\"}}")));
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private AwsMcp facade(Map<String, String> env) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        b.environment = TestEnvironment.of(env, "");
        b.fileReader(new WorkingDirectoryFiles(work));
        return b.build();
    }

    private String opts() {
        return " " + FacadeHarness.endpointOptions(wm, "us-west-2");
    }

    @Test
    void writesANewKubeconfigAsTheCliDoes() throws Exception {
        try (AwsMcp aws = facade(Map.of())) {
            CommandResult r = aws.execute("aws eks update-kubeconfig --name demo --kubeconfig kube/config" + opts());

            assertThat(r.error()).isNull();
            Path file = work.resolve("kube/config");
            assertThat(r.text()).isEqualTo("Added new context " + ARN + " to " + file + "\n");
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("apiVersion: v1\n"
                    + "clusters:\n- cluster:\n    certificate-authority-data: Q0VSVA==\n"
                    + "    server: https://ABC.gr7.us-west-2.eks.amazonaws.com\n  name: " + ARN + "\n"
                    + "contexts:\n- context:\n    cluster: " + ARN + "\n    user: " + ARN + "\n  name: " + ARN + "\n"
                    + "current-context: " + ARN + "\nkind: Config\npreferences: {}\nusers:\n- name: " + ARN + "\n"
                    + "  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      args:\n"
                    + "      - --region\n      - us-west-2\n      - eks\n      - get-token\n      - --cluster-name\n"
                    + "      - demo\n      - --output\n      - json\n      command: aws\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void updatesTheEntryOfTheFirstKubeconfigFileThatHasItAndKeepsTheRest() throws Exception {
        Files.writeString(work.resolve("a"), "apiVersion: v1\nclusters:\n- name: other\n  cluster: {server: x}\n"
                + "kind: Config\n");
        Files.writeString(work.resolve("b"), "apiVersion: v1\nclusters:\n- name: " + ARN + "\n  cluster: {server: old}\n"
                + "users: []\ncontexts: []\ncurrent-context: other\nkind: Config\n");
        try (AwsMcp aws = facade(Map.of("KUBECONFIG", "a:b", "AWS_PROFILE", "dev"))) {
            CommandResult r = aws.execute("aws eks update-kubeconfig --name demo --alias demo --role-arn "
                    + "arn:aws:iam::123456789012:role/k8s" + opts());

            assertThat(r.error()).isNull();
            assertThat(r.text()).isEqualTo("Updated context demo in " + work.resolve("b") + "\n");
            String b = Files.readString(work.resolve("b"));
            assertThat(b).contains("server: https://ABC.gr7.us-west-2.eks.amazonaws.com").doesNotContain("server: old")
                    .contains("current-context: demo").contains("      - --role\n      - arn:aws:iam::123456789012:role/k8s\n")
                    .contains("      env:\n      - name: AWS_PROFILE\n        value: dev\n");
            assertThat(Files.readString(work.resolve("a"))).contains("name: other").doesNotContain(ARN);
        }
    }

    @Test
    void dryRunPrintsWithoutWritingAndBadInputIsRefused() throws Exception {
        try (AwsMcp aws = facade(Map.of())) {
            CommandResult dry = aws.execute("aws eks update-kubeconfig --name demo --kubeconfig k --dry-run" + opts());
            assertThat(dry.text()).startsWith("apiVersion: v1\nclusters:\n").contains("current-context: " + ARN);
            assertThat(work.resolve("k")).doesNotExist();

            CommandResult creating = aws.execute("aws eks update-kubeconfig --name creating --kubeconfig k" + opts());
            assertThat(creating.error().message()).isEqualTo("Cluster status is CREATING");

            CommandResult outside = aws.execute("aws eks update-kubeconfig --name demo --kubeconfig /etc/kube" + opts());
            assertThat(outside.error()).isNotNull();
            assertThat(Path.of("/etc/kube")).doesNotExist();

            Files.writeString(work.resolve("bad"), "clusters: {not: a list}\n");
            CommandResult corrupt = aws.execute("aws eks update-kubeconfig --name demo --kubeconfig bad" + opts());
            assertThat(corrupt.error().code()).isEqualTo("KubeconfigCorrupted");
            assertThat(Files.readString(work.resolve("bad"))).isEqualTo("clusters: {not: a list}\n");
        }
    }
}
