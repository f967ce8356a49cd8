package org.chancery.common.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.CRC32;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * ETags from the record's version ({@code record_version}, moved on by every transaction that
 * writes to the record, V122): the API lists marked {@link RecordVersionTagged} and every page
 * read signed out answer If-None-Match with 304 after one one-row statement, before the
 * handler runs any of its queries. The tag also names the day (what is overdue changes with
 * it), the language, the Accept header and the reader (an API token sees what its account
 * may), so none of these can be served another's answer; {@code Vary} says so to caches. A
 * write shows at once: its commit moves the version. Pages seen signed in are not tagged (they
 * are {@code no-store} and carry a CSRF token), nor a page with a flash message.
 *
 * <p>The version is read in a read-only transaction, so it comes from where the page's own
 * reads come from (the replica while it is usable). A handler marked
 * {@link RecordVersionTagged#readByHandler} (the event list) reads it itself when no
 * If-None-Match came, in its answer's statement, and hands it over through
 * {@link RecordVersionTags}: then there is no read of its own.
 *
 * <p>A {@link KeptAsRendered} page tagged here and not answered with 304 is written from
 * {@link RenderedPages} when it was rendered under the same tag before.
 */
@Configuration
class RecordEtags implements WebMvcConfigurer, HandlerInterceptor {

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    RecordEtags(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Last, so that a ?lang= has set the language (and its cookie) first.
        registry.addInterceptor(this).excludePathPatterns("/login").order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))
                || !(handler instanceof HandlerMethod method) || !tagged(method, request)) {
            return true;
        }
        response.addHeader(HttpHeaders.VARY, "Accept, Accept-Language, Cookie, Authorization");
        RecordVersionTagged annotation = method.getMethodAnnotation(RecordVersionTagged.class);
        if (annotation != null && annotation.readByHandler() && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null) {
            // no 304 to answer: the handler reads the version with its answer, in its own statement
            request.setAttribute(RecordVersionTags.ATTRIBUTE, (RecordVersionTags.Tagger) version ->
                    new ServletWebRequest(request, response).checkNotModified(etag(version == null ? version() : version, request)));
            return true;
        }
        String etag = etag(version(), request);
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return false;
        }
        return !RenderedPages.serveOrKeep(method, request, response, etag);
    }

    private long version() {
        return Objects.requireNonNull(readOnly.execute(status ->
                jdbc.sql("select version from record_version").query(Long.class).single()));
    }

    private boolean tagged(HandlerMethod method, HttpServletRequest request) {
        boolean page = PageCaching.isPage(method);
        if (method.hasMethodAnnotation(RecordVersionTagged.class) && !page) {
            return true;
        }
        return page && PageCaching.signedOut() && RequestContextUtils.getInputFlashMap(request) == null;
    }

    private String etag(long version, HttpServletRequest request) {
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        String who = PageCaching.signedOut() || reader == null ? "" : reader.getName() + reader.getAuthorities();
        Locale language = RequestContextUtils.getLocale(request);
        CRC32 variant = new CRC32();
        variant.update((who + '\n' + language.toLanguageTag() + '\n' + request.getHeader(HttpHeaders.ACCEPT))
                .getBytes(StandardCharsets.UTF_8));
        return "W/\"r" + version + "-" + LocalDate.now(clock) + "-" + HexFormat.of().toHexDigits((int) variant.getValue()) + "\"";
    }
}
