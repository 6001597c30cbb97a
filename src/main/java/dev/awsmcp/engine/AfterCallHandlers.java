package dev.awsmcp.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.custom.PrivateFiles;
import dev.awsmcp.custom.RsaKeys;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;

/**
 * The AWS CLI's after-call handlers of model operations: {@code ec2 get-password-data --priv-launch-key}
 * ({@code ec2/decryptpassword.py}: PasswordData decrypted with the PKCS #1 key file, read through the file guard),
 * and those that save part of the output to local files, owner-readable only, through the file guard: {@code iam create-virtual-mfa-device --outfile --bootstrap-method}
 * ({@code iamvirtmfa.py}: the QR code PNG or the Base32 seed, decoded, and both left out of the output) and
 * {@code iot create-keys-and-certificate} / {@code create-certificate-from-csr}
 * {@code --certificate-pem-outfile --public-key-outfile --private-key-outfile} ({@code iot.py}, a
 * {@code QueryOutFileArgument} each: the member's text; the output is printed whole, as the CLI does).
 */
final class AfterCallHandlers {
    private static final Map<String, String> IOT_OUTFILES = Map.of("certificate-pem-outfile", "certificatePem",
            "public-key-outfile", "keyPair.PublicKey", "private-key-outfile", "keyPair.PrivateKey");

    private AfterCallHandlers() {}

    /** Whether this call's {@code outfile} is the MFA bootstrap file rather than a streaming payload's target. */
    static boolean ownsOutfile(BoundCall call) {
        return key(call).equals("iam.create-virtual-mfa-device");
    }

    /**
     * Saves what the call's local arguments ask for and returns the output to print.
     *
     * @param call   the bound call
     * @param output the parsed output of a successful call
     * @param files  the file guard
     * @return the output, without what went only to a file
     * @throws CommandException when a file cannot be written or the guard refuses it
     */
    static ObjectNode apply(BoundCall call, ObjectNode output, FileReader files) {
        String key = key(call);
        if (key.equals("iam.create-virtual-mfa-device")) {
            return virtualMfa(call, output, files);
        }
        if (key.equals("ec2.get-password-data") && call.localArgs().get("priv-launch-key") != null) {
            return decryptPassword(call.localArgs().get("priv-launch-key"), output, files);
        }
        if (key.equals("iot.create-keys-and-certificate") || key.equals("iot.create-certificate-from-csr")) {
            IOT_OUTFILES.forEach((arg, query) -> {
                String path = call.localArgs().get(arg);
                if (path != null) {
                    JsonNode v = output;
                    for (String step : query.split("\\.")) {
                        v = v.path(step);
                    }
                    write(files, path, (v.isTextual() ? v.asText() : "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            });
        }
        return output;
    }

    private static ObjectNode virtualMfa(BoundCall call, ObjectNode output, FileReader files) {
        String method = call.localArgs().get("bootstrap-method");
        String path = call.localArgs().get("outfile");
        JsonNode device = output.path("VirtualMFADevice");
        if (method == null || path == null || !device.has(method)) {
            return output;
        }
        JsonNode body = device.get(method);
        byte[] bytes;
        try {
            bytes = body.isBinary() ? body.binaryValue() : Base64.getMimeDecoder().decode(body.asText());
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandException("InvalidBootstrapData", "The " + method + " in the response is not base64.",
                    "Retry the command; the device was created, so delete it first (aws iam delete-virtual-mfa-device).");
        }
        write(files, path, bytes);
        ObjectNode printed = output.deepCopy();
        ObjectNode d = (ObjectNode) printed.get("VirtualMFADevice");
        d.remove("QRCodePNG");
        d.remove("Base32StringSeed");
        return printed;
    }

    /** {@code _decrypt_password_data}: RSA PKCS #1 v1.5 with the launch key; an empty password is left alone. */
    private static ObjectNode decryptPassword(String keyFile, ObjectNode output, FileReader files) {
        String value = output.path("PasswordData").asText("");
        if (value.isEmpty()) {
            return output;
        }
        byte[] pem;
        try {
            pem = files.read(keyFile);
        } catch (IOException e) {
            throw new CommandException("InvalidLaunchKey", "priv-launch-key should be a path to the local SSH private "
                    + "key file used to launch the instance.", "Pass the key pair's .pem file (inside the working "
                    + "directory).");
        }
        try {
            byte[] der = RsaKeys.pemDer(new String(pem, java.nio.charset.StandardCharsets.ISO_8859_1));
            javax.crypto.Cipher rsa = javax.crypto.Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(javax.crypto.Cipher.DECRYPT_MODE, RsaKeys.privateKey(der == null ? new byte[0] : der));
            String password = new String(rsa.doFinal(Base64.getMimeDecoder().decode(value)),
                    java.nio.charset.StandardCharsets.UTF_8);
            ObjectNode printed = output.deepCopy();
            printed.put("PasswordData", password);
            return printed;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new CommandException("PasswordNotDecrypted", "Unable to decrypt password data using provided private "
                    + "key file.", "Pass the private key of the key pair the instance was launched with (PKCS#1 PEM, "
                    + "BEGIN RSA PRIVATE KEY).");
        }
    }

    private static void write(FileReader files, String path, byte[] bytes) {
        try {
            PrivateFiles.write(files.checkWrite(path), bytes);
        } catch (IOException e) {
            throw new CommandException("OutputFileNotWritten", "Could not write " + path + ": " + e.getMessage(),
                    "Check that the folder exists and can be written.");
        }
    }

    private static String key(BoundCall call) {
        return call.service().cliName() + "." + call.operation().cliName();
    }
}
