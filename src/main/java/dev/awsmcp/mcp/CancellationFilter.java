package dev.awsmcp.mcp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Passes each POSTed JSON-RPC message through the {@link JsonRpcInterceptor} with the request's
 * {@code Mcp-Session-Id}, so HTTP clients can cancel calls like stdio clients. A consumed cancellation is answered
 * {@code 202 Accepted} here. The cancelled call's own response is dropped from its SSE stream on the way out (as on
 * stdio, the MCP spec says the receiver SHOULD NOT answer): the stream then ends without it.
 */
final class CancellationFilter implements Filter {
    /** Bodies above this size pass through untouched (the SDK enforces its own limit). */
    private static final int MAX_BODY = 8 * 1024 * 1024;

    private final JsonRpcInterceptor interceptor;

    CancellationFilter(JsonRpcInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!"POST".equals(request.getMethod()) || request.getContentLengthLong() > MAX_BODY) {
            chain.doFilter(req, res);
            return;
        }
        String body = new String(request.getInputStream().readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        String session = request.getHeader("Mcp-Session-Id");
        String out = interceptor.intercept(session == null ? "-" : session, body);
        if (out == null) {
            ((HttpServletResponse) res).setStatus(HttpServletResponse.SC_ACCEPTED);
            return;
        }
        chain.doFilter(new Body(request, out.getBytes(StandardCharsets.UTF_8)),
                new DroppingResponses((HttpServletResponse) res, interceptor, session == null ? "-" : session));
    }

    /**
     * The response with its SSE events passed through {@link JsonRpcInterceptor#send}: an event carrying the answer
     * to a cancelled call is not written. The SDK writes whole events ({@code id:}, {@code event:}, {@code data:}
     * lines, then a blank line) through {@link #getWriter()}.
     */
    private static final class DroppingResponses extends jakarta.servlet.http.HttpServletResponseWrapper {
        private final JsonRpcInterceptor interceptor;
        private final String session;
        private java.io.PrintWriter writer;

        DroppingResponses(HttpServletResponse response, JsonRpcInterceptor interceptor, String session) {
            super(response);
            this.interceptor = interceptor;
            this.session = session;
        }

        @Override
        public synchronized java.io.PrintWriter getWriter() throws IOException {
            if (writer == null) {
                java.io.Writer target = super.getWriter();
                writer = new java.io.PrintWriter(new EventFilter(target), false);
            }
            return writer;
        }

        /** Buffers one SSE event at a time and forwards it unless it answers a cancelled call. */
        private final class EventFilter extends java.io.Writer {
            private final java.io.Writer target;
            private final StringBuilder event = new StringBuilder();

            EventFilter(java.io.Writer target) {
                this.target = target;
            }

            @Override
            public synchronized void write(char[] c, int off, int len) throws IOException {
                String type = getContentType();
                if (event.length() == 0 && (type == null || !type.startsWith("text/event-stream"))) {
                    target.write(c, off, len); // a JSON answer (initialize, errors): not an event stream
                    return;
                }
                event.append(c, off, len);
                int end;
                while ((end = event.indexOf("\n\n")) >= 0) {
                    String one = event.substring(0, end + 2);
                    event.delete(0, end + 2);
                    if (keep(one)) {
                        target.write(one);
                    }
                }
            }

            private boolean keep(String sseEvent) {
                StringBuilder data = new StringBuilder();
                for (String line : sseEvent.split("\n")) {
                    if (line.startsWith("data:")) {
                        data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
                    }
                }
                return data.length() == 0 || interceptor.send(session, data.toString().strip());
            }

            @Override
            public synchronized void flush() throws IOException {
                target.flush();
            }

            @Override
            public synchronized void close() throws IOException {
                if (event.length() > 0 && keep(event.toString())) {
                    target.write(event.toString());
                }
                event.setLength(0);
                target.close();
            }
        }
    }

    /** The request with a replaced body. */
    private static final class Body extends HttpServletRequestWrapper {
        private final byte[] bytes;

        Body(HttpServletRequest request, byte[] bytes) {
            super(request);
            this.bytes = bytes;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return bytes.length;
        }

        @Override
        public long getContentLengthLong() {
            return bytes.length;
        }
    }
}
