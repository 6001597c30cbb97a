package dev.awsmcp.mcp;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The stdio transport's output, one newline-delimited JSON-RPC message at a time through
 * {@link JsonRpcInterceptor#send}: drops the response to a tool call the client cancelled. The SDK writes each
 * message, then a newline, then flushes, so a message is forwarded (and flushed) as soon as its newline arrives.
 */
final class ResponseFilterOutputStream extends FilterOutputStream {
    private final JsonRpcInterceptor interceptor;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);

    ResponseFilterOutputStream(OutputStream out, JsonRpcInterceptor interceptor) {
        super(out);
        this.interceptor = interceptor;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                line.write(b, start, i + 1 - start);
                emit();
                start = i + 1;
            }
        }
        line.write(b, start, off + len - start);
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (line.size() > 0) {
            line.writeTo(out);
            line.reset();
        }
        out.close();
    }

    private void emit() throws IOException {
        String message = line.toString(StandardCharsets.UTF_8);
        if (interceptor.send("stdio", message.strip())) {
            line.writeTo(out);
        }
        line.reset();
    }
}
