package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmcp.command.WorkingDirectoryFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's after-call handlers: {@code ec2 get-password-data --priv-launch-key} decrypts the password; {@code iam create-virtual-mfa-device --outfile} saves the decoded QR code (0600)
 * and leaves the bootstrap data out of the output; {@code iot create-keys-and-certificate} saves the PEMs. Both
 * equal the CLI's files and output on moto (checked by hand).
 */
class AfterCallHandlersWireMockTest {
    @TempDir
    Path work;
    private WireMockServer wm;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private CommandResult run(String command) {
        AwsMcpBuilder b = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret");
        b.fileReader(new WorkingDirectoryFiles(work));
        try (AwsMcp aws = b.build()) {
            return aws.execute(command + " " + FacadeHarness.endpointOptions(wm, "us-east-1"));
        }
    }

    @Test
    void virtualMfaSavesTheDecodedQrCodeAndPrintsTheRest() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        FacadeHarness.answerQuery(wm, "CreateVirtualMFADevice", 200, "<CreateVirtualMFADeviceResponse "
                + FacadeHarness.IAM_NS + "><CreateVirtualMFADeviceResult><VirtualMFADevice><SerialNumber>"
                + "arn:aws:iam::123456789012:mfa/d1</SerialNumber><QRCodePNG>" + Base64.getEncoder().encodeToString(png)
                + "</QRCodePNG><Base32StringSeed>" + Base64.getEncoder().encodeToString("SEEDSEED".getBytes(
                StandardCharsets.US_ASCII)) + "</Base32StringSeed></VirtualMFADevice></CreateVirtualMFADeviceResult>"
                + "</CreateVirtualMFADeviceResponse>");

        CommandResult r = run("aws iam create-virtual-mfa-device --virtual-mfa-device-name d1 --outfile qr.png "
                + "--bootstrap-method QRCodePNG");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(Files.readAllBytes(work.resolve("qr.png"))).isEqualTo(png);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("qr.png")))).isEqualTo("rw-------");
        assertThat(r.text()).isEqualTo("{\n    \"VirtualMFADevice\": {\n        \"SerialNumber\": "
                + "\"arn:aws:iam::123456789012:mfa/d1\"\n    }\n}\n");
    }

    @Test
    void iotKeysAndCertificateSaveTheirPems() throws Exception {
        wm.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/keys-and-certificate")).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody("{\"certificateArn\":\"arn:c\",\"certificateId\":\"c\",\"certificatePem\":"
                + "\"CERT\",\"keyPair\":{\"PublicKey\":\"PUB\",\"PrivateKey\":\"PRIV\"}}")));

        CommandResult r = run("aws iot create-keys-and-certificate --set-as-active --certificate-pem-outfile c.pem "
                + "--private-key-outfile k.pem");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(Files.readString(work.resolve("c.pem"))).isEqualTo("CERT");
        assertThat(Files.readString(work.resolve("k.pem"))).isEqualTo("PRIV");
        assertThat(Files.exists(work.resolve("p.pem"))).isFalse();
        assertThat(r.text()).contains("\"certificatePem\": \"CERT\"");
        assertThat(wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/keys-and-certificate")))).hasSize(1);
    }

    @Test
    void getPasswordDataDecryptsWithTheLaunchKey() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        java.security.KeyPair pair = g.generateKeyPair();
        javax.crypto.Cipher rsa = javax.crypto.Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(javax.crypto.Cipher.ENCRYPT_MODE, pair.getPublic());
        String encrypted = Base64.getEncoder().encodeToString(rsa.doFinal("Pa55w0rd!".getBytes(StandardCharsets.UTF_8)));
        java.security.interfaces.RSAPrivateCrtKey k = (java.security.interfaces.RSAPrivateCrtKey) pair.getPrivate();
        Files.writeString(work.resolve("launch.pem"), "-----BEGIN RSA PRIVATE KEY-----\n" + Base64.getMimeEncoder()
                .encodeToString(pkcs1(k)) + "\n-----END RSA PRIVATE KEY-----\n");
        FacadeHarness.answerQuery(wm, "GetPasswordData", 200, "<GetPasswordDataResponse xmlns=\"http://ec2.amazonaws.com/"
                + "doc/2016-11-15/\"><instanceId>i-1</instanceId><timestamp>2025-01-01T00:00:00.000Z</timestamp>"
                + "<passwordData>" + encrypted + "</passwordData></GetPasswordDataResponse>");

        CommandResult r = run("aws ec2 get-password-data --instance-id i-1 --priv-launch-key launch.pem");
        CommandResult wrong = run("aws ec2 get-password-data --instance-id i-1 --priv-launch-key missing.pem");

        assertThat(r.exitCode()).as("%s", r.error()).isZero();
        assertThat(r.json().path("PasswordData").asText()).isEqualTo("Pa55w0rd!");
        assertThat(wrong.exitCode()).isNotZero();
    }

    /** RSAPrivateKey DER: version 0 and the eight integers. */
    private static byte[] pkcs1(java.security.interfaces.RSAPrivateCrtKey k) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (java.math.BigInteger v : new java.math.BigInteger[] {java.math.BigInteger.ZERO, k.getModulus(),
                k.getPublicExponent(), k.getPrivateExponent(), k.getPrimeP(), k.getPrimeQ(), k.getPrimeExponentP(),
                k.getPrimeExponentQ(), k.getCrtCoefficient()}) {
            body.writeBytes(FacadeHarness.der(0x02, v.toByteArray()));
        }
        return FacadeHarness.der(0x30, body.toByteArray());
    }

}
