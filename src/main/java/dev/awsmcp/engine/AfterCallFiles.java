package dev.awsmcp.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.custom.PrivateFiles;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;

/**
 * The AWS CLI's after-call handlers that save part of a model operation's output to local files, owner-readable
 * only, through the file guard: {@code iam create-virtual-mfa-device --outfile --bootstrap-method}
 * ({@code iamvirtmfa.py}: the QR code PNG or the Base32 seed, decoded, and both left out of the output) and
 * {@code iot create-keys-and-certificate} / {@code create-certificate-from-csr}
 * {@code --certificate-pem-outfile --public-key-outfile --private-key-outfile} ({@code iot.py}, a
 * {@code QueryOutFileArgument} each: the member's text; the output is printed whole, as the CLI does).
 */
final class AfterCallFiles {
    private static final Map<String, String> IOT_OUTFILES = Map.of("certificate-pem-outfile", "certificatePem",
            "public-key-outfile", "keyPair.PublicKey", "private-key-outfile", "keyPair.PrivateKey");

    private AfterCallFiles() {}

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
