package org.chancery.common.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The HTML of the {@link KeptAsRendered} pages as they were last rendered for a reader signed
 * out, kept under the address and the ETag {@link RecordEtags} gave it: the record's version,
 * the day, the language and the Accept header. A view whose tag is kept is written from here
 * without running the handler, its statements or its template; a write moves the version, so
 * its first view after the commit renders again. Pages seen signed in are never kept (they
 * name the account and carry a CSRF token), nor an answer other than a 200.
 *
 * <p>The filter only puts a {@link Capture} around the response of a GET; it copies what is
 * written once {@link #serveOrKeep} has found a page to keep, and hands the copy over when the
 * answer is complete. The kept pages are bounded by their size in characters ({@value #KEPT_CHARACTERS}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RenderedPages extends OncePerRequestFilter {

    /**
     * 8 MiB of Latin-1 text, twice that for pages in Russian, of a heap of 256 MiB (the
     * Dockerfile's): some 50 dashboards of the busiest pairs, hundreds of smaller pages.
     */
    static final long KEPT_CHARACTERS = 8L * 1024 * 1024;

    private static final String CAPTURE = RenderedPages.class.getName() + ".capture";

    private final Cache<String, Page> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_CHARACTERS)
            .weigher((String key, Page page) -> key.length() + page.html().length())
            .build();

    /** A rendered page: its body and the content type it was sent with. */
    record Page(String html, String contentType) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getMethod().equals("GET")) {
            chain.doFilter(request, response);
            return;
        }
        Capture capture = new Capture(response);
        request.setAttribute(CAPTURE, capture);
        try {
            chain.doFilter(request, capture);
        } finally {
            request.removeAttribute(CAPTURE);
        }
        Page page = capture.page();
        if (page != null && capture.key != null) {
            kept.put(capture.key, page);
        }
    }

    /**
     * For a GET of a {@link KeptAsRendered} page seen signed out and tagged {@code etag}: writes the
     * kept page and answers true, or else makes the response keep what the handler renders and
     * answers false.
     */
    static boolean serveOrKeep(HandlerMethod handler, HttpServletRequest request, HttpServletResponse response,
            String etag) throws IOException {
        if (!handler.hasMethodAnnotation(KeptAsRendered.class)
                || !(request.getAttribute(CAPTURE) instanceof Capture capture)
                // read inside a transaction begun elsewhere (a test's), the page might show what is rolled back
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        String key = key(request, etag);
        Page page = renderAnew(request) ? null : capture.pages().kept.getIfPresent(key);
        if (page == null) {
            capture.key = key;
            return false;
        }
        response.setLocale(RequestContextUtils.getLocale(request));
        response.setContentType(page.contentType());
        response.getWriter().write(page.html());
        return true;
    }

    /**
     * A reload that asks past every cache ({@code Cache-Control: no-cache}, as a browser's hard
     * reload sends, and the statement guards): rendered again, and the copy kept replaced.
     */
    private static boolean renderAnew(HttpServletRequest request) {
        String control = request.getHeader(HttpHeaders.CACHE_CONTROL);
        return control != null && control.toLowerCase(Locale.ROOT).contains("no-cache");
    }

    /** The path with every parameter (read as the handler reads them, not only the query string's) and the tag. */
    private static String key(HttpServletRequest request, String etag) {
        // the path, not the whole URL: a made-up Host header would otherwise fill the cache with copies
        StringBuilder key = new StringBuilder(request.getRequestURI()).append(' ').append(etag);
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                key.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return key.toString();
    }

    /**
     * The response of a GET: passes everything on, and from {@link #serveOrKeep} on copies the
     * characters written to it.
     */
    private final class Capture extends HttpServletResponseWrapper {

        @Nullable String key;
        private @Nullable StringBuilder copy;
        private @Nullable PrintWriter writer;
        private boolean bytesWritten;

        Capture(HttpServletResponse response) {
            super(response);
        }

        RenderedPages pages() {
            return RenderedPages.this;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (key == null) {
                return super.getWriter();
            }
            if (writer == null) {
                copy = new StringBuilder(64 * 1024);
                writer = new PrintWriter(new Tee(super.getWriter(), copy));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bytesWritten = true;
            return super.getOutputStream();
        }

        /** What was rendered, if it is a complete page to keep. */
        @Nullable Page page() {
            if (key == null || copy == null || writer == null || bytesWritten || writer.checkError()
                    || getStatus() != HttpStatus.OK.value() || getContentType() == null
                    || !getContentType().toLowerCase(Locale.ROOT).startsWith("text/html")) {
                return null;
            }
            writer.flush();
            return new Page(copy.toString(), getContentType());
        }
    }

    /** Writes to the response and to the copy. */
    private static final class Tee extends Writer {

        private final Writer out;
        private final StringBuilder copy;

        Tee(Writer out, StringBuilder copy) {
            this.out = out;
            this.copy = copy;
        }

        @Override
        public void write(char[] characters, int offset, int length) throws IOException {
            out.write(characters, offset, length);
            copy.append(characters, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.write(text, offset, length);
            copy.append(text, offset, offset + length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
