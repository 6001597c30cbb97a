package dev.awsmcp.mcp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The stdio transport's input, one newline-delimited JSON-RPC message at a time through a
 * {@link JsonRpcInterceptor}. Reports end of input (the client went away) so the server can shut down.
 */
final class InterceptingInputStream extends InputStream {
    private final BufferedReader reader;
    private final JsonRpcInterceptor interceptor;
    private final Runnable onEof;
    private byte[] buffer = new byte[0];
    private int pos;
    private boolean eof;

    InterceptingInputStream(InputStream in, JsonRpcInterceptor interceptor, Runnable onEof) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.interceptor = interceptor;
        this.onEof = onEof;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buffer[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, buffer.length - pos);
        System.arraycopy(buffer, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return buffer.length - pos;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private boolean fill() throws IOException {
        while (pos >= buffer.length) {
            if (eof) {
                return false;
            }
            String line = reader.readLine();
            if (line == null) {
                eof = true;
                onEof.run();
                return false;
            }
            String out = line.isBlank() ? null : interceptor.intercept("stdio", line);
            if (out != null) {
                buffer = (out + "\n").getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
        }
        return true;
    }
}
