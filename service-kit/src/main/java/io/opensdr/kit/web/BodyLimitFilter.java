package io.opensdr.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds a request body that declares no Content-Length (chunked): reading past the handler's
 * limit ({@link StrictParameters#BODY_LIMIT}, else the default) fails with
 * {@link PayloadTooLargeException}, which the problem details answer with 413. A body that declares
 * its length is refused before it is read ({@link StrictParameters}); multipart uploads are bounded
 * by {@code spring.servlet.multipart.*}.
 */
public final class BodyLimitFilter extends OncePerRequestFilter {

    private final long defaultMaxBody;

    public BodyLimitFilter(long defaultMaxBody) {
        this.defaultMaxBody = defaultMaxBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Bounded(request), response);
    }

    private final class Bounded extends HttpServletRequestWrapper {

        private ServletInputStream stream;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), this);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        long limit() {
            return getAttribute(StrictParameters.BODY_LIMIT) instanceof Long limit ? limit : defaultMaxBody;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final Bounded request;
        private long read;

        Counting(ServletInputStream in, Bounded request) {
            this.in = in;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            long limit = request.limit();
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
