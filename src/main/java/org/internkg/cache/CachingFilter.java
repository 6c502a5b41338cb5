package org.internkg.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.internkg.graph.KnowledgeBase;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves repeated GET requests of {@code /sparql} and {@code /api/**}, and POST queries of {@code /sparql}, from the {@link ResponseCache}. The
 * key is everything that can change the answer: method, path, query string, body, and the Accept, Content-Type,
 * Accept-Language and Origin headers; the store revision is the cache's generation. A miss streams to the client
 * as usual while a copy is kept (up to the entry limit). Conditional and authenticated requests pass through.
 */
public final class CachingFilter extends OncePerRequestFilter {

    private static final int MAX_KEY_BODY = 128 * 1024;

    private final ResponseCache cache;
    private final KnowledgeBase knowledgeBase;
    private final int maxEntryBytes;

    public CachingFilter(ResponseCache cache, KnowledgeBase knowledgeBase, int maxEntryBytes) {
        this.cache = cache;
        this.knowledgeBase = knowledgeBase;
        this.maxEntryBytes = maxEntryBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Only the SPARQL endpoint reads a POST body as a query; other POSTs (uploads, subgraph exports) pass through.
        boolean post = "POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/sparql");
        if (!(post || "GET".equals(request.getMethod())) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = post ? request.getInputStream().readNBytes(MAX_KEY_BODY + 1) : new byte[0];
        HttpServletRequest replay = post ? new ReplayedBody(request, body) : request;
        if (body.length > MAX_KEY_BODY) {
            chain.doFilter(replay, response);
            return;
        }
        long revision = knowledgeBase.revision();
        String key = key(request, body);
        ResponseCache.Entry hit = cache.get(revision, key);
        if (hit != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, String> header : hit.headers()) {
                if (seen.add(header.getKey().toLowerCase(Locale.ROOT))) {
                    response.setHeader(header.getKey(), header.getValue());
                } else {
                    response.addHeader(header.getKey(), header.getValue());
                }
            }
            response.setContentLength(hit.body().length);
            response.getOutputStream().write(hit.body());
            return;
        }
        CopyingResponse copying = new CopyingResponse(response, maxEntryBytes);
        chain.doFilter(replay, copying);
        copying.flushWriter();
        byte[] copy = copying.copy();
        if (copy != null && response.getStatus() == HttpServletResponse.SC_OK) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                    response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
                }
            }
            if (response.getContentType() != null) {
                headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, response.getContentType()));
            }
            cache.put(revision, key, new ResponseCache.Entry(List.copyOf(headers), copy));
        }
    }

    private static String key(HttpServletRequest request, byte[] body) {
        return String.join("\n", request.getMethod(), request.getRequestURI(), String.valueOf(request.getQueryString()),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT)), String.valueOf(request.getContentType()),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), String.valueOf(request.getHeader(HttpHeaders.ORIGIN)),
                new String(body, StandardCharsets.ISO_8859_1));
    }

    /** The request with the body the filter already read put back in front of whatever was left. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            InputStream in = new SequenceInputStream(new ByteArrayInputStream(body), super.getInputStream());
            return new ServletInputStream() {
                private boolean finished;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    finished = n < 0;
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }
    }

    /** Streams to the client as usual and keeps a copy of the body while it stays under the entry limit. */
    private static final class CopyingResponse extends HttpServletResponseWrapper {

        private final int limit;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean tooLarge;
        private ServletOutputStream stream;
        private PrintWriter writer;

        CopyingResponse(HttpServletResponse response, int limit) {
            super(response);
            this.limit = limit;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                        keep(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        out.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void reset() {
            super.reset();
            copy.reset();
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            copy.reset();
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        /** The body as sent, or null when it outgrew the limit. */
        byte[] copy() {
            return tooLarge ? null : copy.toByteArray();
        }

        private void keep(byte[] bytes, int offset, int length) {
            if (tooLarge) {
                return;
            }
            if (copy.size() + length > limit) {
                tooLarge = true;
                copy.reset();
                return;
            }
            copy.write(bytes, offset, length);
        }
    }
}
