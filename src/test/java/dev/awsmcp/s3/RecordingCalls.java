package dev.awsmcp.s3;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.GlobalOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A fake {@link S3Calls} that records each call and answers through a handler. */
final class RecordingCalls implements S3Calls {
    record Call(String operation, ObjectNode params) {}

    final List<Call> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    private final BiFunction<String, ObjectNode, ObjectNode> handler;

    RecordingCalls(BiFunction<String, ObjectNode, ObjectNode> handler) {
        this.handler = handler;
    }

    @Override
    public ObjectNode call(String operation, ObjectNode params, GlobalOptions options) {
        calls.add(new Call(operation, params.deepCopy()));
        ObjectNode out = handler.apply(operation, params);
        return out == null ? JsonNodeFactory.instance.objectNode() : out;
    }

    @Override
    public ObjectNode download(ObjectNode params, Path target, GlobalOptions options) {
        ObjectNode out = call("GetObject", params, options);
        try {
            Files.write(target, out.path("Body").binaryValue() == null ? new byte[0] : out.path("Body").binaryValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.remove("Body");
        return out;
    }

    @Override
    public URI presign(ObjectNode params, Duration expiresIn, GlobalOptions options) {
        return URI.create("https://example.com/" + params.path("Key").asText() + "?X-Amz-Expires=" + expiresIn.getSeconds());
    }

    @Override
    public String region(GlobalOptions options) {
        return "us-east-1";
    }

    List<String> operations() {
        synchronized (calls) {
            return calls.stream().map(Call::operation).toList();
        }
    }
}
