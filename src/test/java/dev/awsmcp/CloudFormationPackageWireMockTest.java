package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.awsmcp.client.testing.TestEnvironment;
import dev.awsmcp.command.WorkingDirectoryFiles;
import dev.awsmcp.engine.PolicyGate;
import dev.awsmcp.policy.Classifier;
import dev.awsmcp.policy.PolicyEngine;
import dev.awsmcp.policy.PolicySettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aws cloudformation package} through the whole facade against a WireMock S3: what it uploads (keys, bodies,
 * headers, zips), the template it prints, and its errors. The expected texts are AWS CLI 1.45.11's output for the
 * same files (checked by hand against moto; bench/README.md).
 */
class CloudFormationPackageWireMockTest {
    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: 2010-09-09
            Description: Packaged "here", with a description long enough to be folded by PyYAML at eighty columns
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  DefinitionUri: api.yaml
                  Body:
                    Fn::Transform:
                      Name: AWS::Include
                      Parameters:
                        Location: snippet.yaml
              Job:
                Type: AWS::Glue::Job
                Properties:
                  Command:
                    Name: glueetl
                    ScriptLocation: job.py
                  Role: !GetAtt Role.Arn
              Machine:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  DefinitionS3Location: machine.json
                  Tags: [{Key: k, Value: !Sub '${AWS::StackName}'}]
              Existing:
                Type: AWS::Lambda::Function
                Properties:
                  Code: s3://other/code.zip?versionId=v1
              Role:
                Type: AWS::IAM::Role
            """;

    @TempDir
    Path root;
    private Path work;
    private WireMockServer wm;

    @BeforeEach
    void start() throws IOException {
        work = Files.createDirectories(root.resolve("work"));
        Files.writeString(work.resolve("template.yaml"), TEMPLATE);
        Files.writeString(work.resolve("api.yaml"), "openapi: 3.0.0\n");
        Files.writeString(work.resolve("snippet.yaml"), "x: 1\n");
        Files.writeString(work.resolve("job.py"), "print('job')\n");
        Files.writeString(work.resolve("machine.json"), "{\"StartAt\": \"A\"}\n");
        wm = FacadeHarness.startWireMock();
        wm.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(404)));
        wm.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"e\"")));
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private CommandResult packageWith(String args, boolean readOnly) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        // package.py's S3 client takes no --endpoint-url; the service's endpoint setting reaches it
        b.environment = TestEnvironment.of(Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:" + wm.port()), "");
        b.fileReader(new WorkingDirectoryFiles(work));
        if (readOnly) {
            b.callGate(PolicyGate.of(PolicyEngine.of(PolicySettings.defaults().withReadOnly(true), Classifier.bundled(),
                    null)));
        }
        try (AwsMcp aws = b.build()) {
            return aws.execute("aws cloudformation package " + args + " --region us-east-1");
        }
    }

    private static String md5(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    }

    private static String md5(String text) throws Exception {
        return md5(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void uploadsEachLocalArtifactUnderItsChecksumAndPrintsTheRewrittenTemplateAsTheCliDoes() throws Exception {
        CommandResult r = packageWith("--template-file template.yaml --s3-bucket art --s3-prefix p", false);

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        String api = md5("openapi: 3.0.0\n");
        String snippet = md5("x: 1\n");
        String job = md5("print('job')\n");
        String machine = md5("{\"StartAt\": \"A\"}\n");
        assertThat(r.text()).isEqualTo("""

                AWSTemplateFormatVersion: 2010-09-09
                Description: Packaged "here", with a description long enough to be folded by PyYAML
                  at eighty columns
                Resources:
                  Api:
                    Type: AWS::Serverless::Api
                    Properties:
                      DefinitionUri: s3://art/p/%s
                      Body:
                        Fn::Transform:
                          Name: AWS::Include
                          Parameters:
                            Location: s3://art/p/%s
                  Job:
                    Type: AWS::Glue::Job
                    Properties:
                      Command:
                        Name: glueetl
                        ScriptLocation: s3://art/p/%s
                      Role:
                        Fn::GetAtt:
                        - Role
                        - Arn
                  Machine:
                    Type: AWS::StepFunctions::StateMachine
                    Properties:
                      DefinitionS3Location:
                        Bucket: art
                        Key: p/%s
                      Tags:
                      - Key: k
                        Value:
                          Fn::Sub: ${AWS::StackName}
                  Existing:
                    Type: AWS::Lambda::Function
                    Properties:
                      Code:
                        S3Bucket: other
                        S3Key: code.zip
                        S3ObjectVersion: v1
                  Role:
                    Type: AWS::IAM::Role
                """.formatted(api, snippet, job, machine));
        // each artifact: a HeadObject (not there), then one PutObject with its bytes and AES256
        for (String[] upload : List.of(new String[] {api, "openapi: 3.0.0\n"}, new String[] {job, "print('job')\n"})) {
            List<LoggedRequest> puts = wm.findAll(putRequestedFor(urlEqualTo("/art/p/" + upload[0])));
            assertThat(puts).hasSize(1);
            assertThat(puts.get(0).getBodyAsString()).isEqualTo(upload[1]);
            assertThat(puts.get(0).getHeader("x-amz-server-side-encryption")).isEqualTo("AES256");
        }
        assertThat(wm.findAll(putRequestedFor(urlMatching("/art/.*")))).hasSize(4);
    }

    @Test
    void zipsFoldersAsPythonsZipfileWithUnixModesAndPointsLambdaCodeAtTheUpload() throws Exception {
        Path src = Files.createDirectories(work.resolve("src/lib"));
        Files.writeString(work.resolve("src/app.py"), "def handler(e, c):\n    return 1\n");
        Files.writeString(src.resolve("util.py"), "x = 1\n");
        Files.writeString(work.resolve("src/bootstrap"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(work.resolve("src/bootstrap"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(work.resolve("fn.yaml"), """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Code: src
                """);

        CommandResult r = packageWith("--template-file fn.yaml --s3-bucket art", false);

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        List<LoggedRequest> puts = wm.findAll(putRequestedFor(urlMatching("/art/.*")));
        assertThat(puts).hasSize(1);
        byte[] zip = puts.get(0).getBody();
        String key = md5(zip);
        assertThat(puts.get(0).getUrl()).isEqualTo("/art/" + key);
        assertThat(r.text()).isEqualTo("\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n"
                + "      Code:\n        S3Bucket: art\n        S3Key: " + key + "\n");
        // os.walk order: the folder's own files (directory order), then src/lib
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertThat(e.getMethod()).isEqualTo(ZipEntry.DEFLATED);
            }
        }
        assertThat(names).containsExactlyInAnyOrder("app.py", "bootstrap", "lib/util.py");
        assertThat(names.get(2)).isEqualTo("lib/util.py");
        // central directory: made by Unix (3), version 2.0; bootstrap keeps 0100755
        try (var file = new java.util.zip.ZipFile(writeTemp(zip).toFile())) {
            assertThat(file.size()).isEqualTo(3);
        }
        assertThat(unixMode(zip, "bootstrap")).isEqualTo(0100755);
        assertThat(unixMode(zip, "app.py")).isEqualTo(0100644);
    }

    @Test
    void theSameFolderGivesTheSameZipSoASecondRunFindsItsUploadAndSendsNothing() throws Exception {
        Files.createDirectories(work.resolve("code"));
        Files.writeString(work.resolve("code/index.js"), "exports.handler = async () => 1;\n");
        Files.setLastModifiedTime(work.resolve("code/index.js"), FileTime.fromMillis(1_700_000_000_000L));
        Files.writeString(work.resolve("fn.yaml"), "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n"
                + "    Properties:\n      CodeUri: code\n");

        CommandResult first = packageWith("--template-file fn.yaml --s3-bucket art", false);
        byte[] zip = wm.findAll(putRequestedFor(urlMatching("/art/.*"))).get(0).getBody();
        wm.resetRequests();
        wm.stubFor(head(urlEqualTo("/art/" + md5(zip))).willReturn(aResponse().withStatus(200)));
        CommandResult second = packageWith("--template-file fn.yaml --s3-bucket art", false);

        assertThat(second.text()).isEqualTo(first.text()).contains("CodeUri: s3://art/" + md5(zip));
        assertThat(wm.findAll(putRequestedFor(anyUrl()))).isEmpty();
        CommandResult forced = packageWith("--template-file fn.yaml --s3-bucket art --force-upload", false);
        assertThat(forced.exitCode()).isZero();
        assertThat(wm.findAll(putRequestedFor(anyUrl()))).hasSize(1);
    }

    @Test
    void kmsKeyAndMetadataGoOnEveryUpload() {
        CommandResult r = packageWith("--template-file template.yaml --s3-bucket art --kms-key-id alias/k "
                + "--metadata team=data,env=prod", false);

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        List<LoggedRequest> puts = wm.findAll(putRequestedFor(urlMatching("/art/.*")));
        assertThat(puts).hasSize(4).allSatisfy(p -> {
            assertThat(p.getHeader("x-amz-server-side-encryption")).isEqualTo("aws:kms");
            assertThat(p.getHeader("x-amz-server-side-encryption-aws-kms-key-id")).isEqualTo("alias/k");
            assertThat(p.getHeader("x-amz-meta-team")).isEqualTo("data");
            assertThat(p.getHeader("x-amz-meta-env")).isEqualTo("prod");
        });
    }

    @Test
    void nestedStacksAreExportedThemselvesAndUploadedAsYamlUnderAPathStyleUrl() throws Exception {
        Files.createDirectories(work.resolve("nested"));
        Files.writeString(work.resolve("nested/child.yaml"), "Resources:\n  Job:\n    Type: AWS::Glue::Job\n"
                + "    Properties:\n      Command:\n        ScriptLocation: ../job.py\n");
        Files.writeString(work.resolve("parent.yaml"), "Resources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n"
                + "    Properties:\n      TemplateURL: nested/child.yaml\n");

        CommandResult r = packageWith("--template-file parent.yaml --s3-bucket art", false);

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        String child = "Resources:\n  Job:\n    Type: AWS::Glue::Job\n    Properties:\n      Command:\n"
                + "        ScriptLocation: s3://art/" + md5("print('job')\n") + "\n";
        String key = md5(child) + ".template";
        assertThat(wm.findAll(putRequestedFor(urlEqualTo("/art/" + key))).get(0).getBodyAsString()).isEqualTo(child);
        assertThat(r.text()).isEqualTo("\nResources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n"
                + "      TemplateURL: http://127.0.0.1:" + wm.port() + "/art/" + key + "\n");
    }

    @Test
    void useJsonPrintsPythonsJsonDumpsWithFourSpacesAndKeepsNonAscii() throws IOException {
        Files.writeString(work.resolve("t.json"), "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\", "
                + "\"Properties\": {\"Delay\": 1.5, \"Big\": 1e20, \"Tags\": [], \"M\": {}, \"D\": \"caf\\u00e9 \\\"q\\\"\"}}}}");

        CommandResult r = packageWith("--template-file t.json --s3-bucket art --use-json", false);

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.text()).isEqualTo("\n{\n    \"Resources\": {\n        \"Q\": {\n            \"Type\": \"AWS::SQS::Queue\",\n"
                + "            \"Properties\": {\n                \"Delay\": 1.5,\n                \"Big\": 1e+20,\n"
                + "                \"Tags\": [],\n                \"M\": {},\n                \"D\": \"café \\\"q\\\"\"\n"
                + "            }\n        }\n    }\n}");
        CommandResult yaml = packageWith("--template-file t.json --s3-bucket art", false);
        assertThat(yaml.text()).contains("      Big: 1.0e+20\n").contains("      D: \"caf\\xE9 \\\"q\\\"\"\n");
    }

    @Test
    void outputTemplateFileIsWrittenAndTheDeployCommandPrinted() throws IOException {
        CommandResult r = packageWith("--template-file template.yaml --s3-bucket art --output-template-file out.yaml",
                false);

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(Files.readString(work.resolve("out.yaml"))).startsWith("AWSTemplateFormatVersion: 2010-09-09\n");
        assertThat(r.text()).isEqualTo("\nSuccessfully packaged artifacts and wrote output template to file out.yaml.\n"
                + "Execute the following command to deploy the packaged template\naws cloudformation deploy "
                + "--template-file " + work.resolve("out.yaml") + " --stack-name <YOUR STACK NAME>\n");
    }

    @Test
    void failuresSayWhatTheCliSaysAndExit255() throws IOException {
        CommandResult missing = packageWith("--template-file nope.yaml --s3-bucket art", false);
        assertThat(missing.exitCode()).isEqualTo(255);
        assertThat(missing.error().message()).isEqualTo("Invalid template path nope.yaml");

        Files.writeString(work.resolve("bad.yaml"), "Resources:\n  F:\n    Type: AWS::Lambda::Function\n"
                + "    Properties:\n      Code: gone\n");
        CommandResult artifact = packageWith("--template-file bad.yaml --s3-bucket art", false);
        assertThat(artifact.exitCode()).isEqualTo(255);
        assertThat(artifact.error().message()).isEqualTo("Unable to upload artifact gone referenced by Code parameter "
                + "of F resource.\nParameter Code of resource F refers to a file or folder that does not exist "
                + work.resolve("gone"));

        CommandResult date = packageWith("--template-file template.yaml --s3-bucket art --use-json", false);
        assertThat(date.exitCode()).isEqualTo(255);
        assertThat(date.error().message()).isEqualTo("Object of type date is not JSON serializable");

        wm.resetRequests();
        CommandResult noBucket = packageWith("--template-file template.yaml", false);
        assertThat(noBucket.exitCode()).isEqualTo(2);
        assertThat(noBucket.error().message()).contains("--s3-bucket");
        assertThat(wm.findAll(putRequestedFor(anyUrl()))).as("nothing uploaded after a bad argument").isEmpty();
    }

    @Test
    void aMissingBucketGetsTheCliMessageInsideTheExportError() throws IOException {
        Files.writeString(work.resolve("api.yaml.template"), "Resources:\n  Api:\n    Type: AWS::Serverless::Api\n"
                + "    Properties:\n      DefinitionUri: api.yaml\n");
        wm.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/xml")
                .withBody("<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message></Error>")));

        CommandResult r = packageWith("--template-file api.yaml.template --s3-bucket gone", false);

        assertThat(r.exitCode()).as("%s", r.error()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("Unable to upload artifact api.yaml referenced by DefinitionUri "
                + "parameter of Api resource.\nS3 Bucket does not exist. Execute the command to create a new bucket\n"
                + "aws s3 mb s3://gone");
    }

    @Test
    void readOnlyModeRefusesItBeforeAnythingIsSent() {
        CommandResult r = packageWith("--template-file template.yaml --s3-bucket art", true);

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.error().code()).isEqualTo("DeniedByPolicy");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void anArtifactBehindALinkOutOfTheWorkingDirectoryIsRefused() throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret\n");
        Files.createDirectories(work.resolve("code"));
        Files.createSymbolicLink(work.resolve("code/link.txt"), outside.resolve("secret.txt"));
        Files.writeString(work.resolve("fn.yaml"), "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n"
                + "    Properties:\n      CodeUri: code\n");

        CommandResult r = packageWith("--template-file fn.yaml --s3-bucket art", false);

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.error().code()).isEqualTo("FileAccessDenied");
        assertThat(wm.findAll(putRequestedFor(anyUrl()))).isEmpty();
    }

    private Path writeTemp(byte[] zip) throws IOException {
        return Files.write(root.resolve("check.zip"), zip);
    }

    /** The Unix mode in an entry's central-directory record (external attributes >> 16). */
    private static int unixMode(byte[] zip, String name) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        for (int i = zip.length - 46; i >= 0; i--) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 1 && zip[i + 3] == 2) {
                int nameLength = (zip[i + 28] & 0xff) | (zip[i + 29] & 0xff) << 8;
                if (nameLength == n.length && java.util.Arrays.equals(zip, i + 46, i + 46 + n.length, n, 0, n.length)) {
                    assertThat(zip[i + 5]).as("made by Unix").isEqualTo((byte) 3);
                    return ((zip[i + 38] & 0xff) | (zip[i + 39] & 0xff) << 8 | (zip[i + 40] & 0xff) << 16
                            | (zip[i + 41] & 0xff) << 24) >>> 16;
                }
            }
        }
        throw new AssertionError("no central record for " + name);
    }
}
