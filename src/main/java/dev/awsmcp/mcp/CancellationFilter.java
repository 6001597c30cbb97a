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
 * {@code 202 Accepted} here. The cancelled call's own response is still sent over HTTP (see {@link StdioTransport}).
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
        chain.doFilter(new Body(request, out.getBytes(StandardCharsets.UTF_8)), res);
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
