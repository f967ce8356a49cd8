package org.chancery.common.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to static files carry their content hash ({@code /css/chancery-<md5>.css}, from
 * {@code spring.web.resources.chain.strategy.content}) so they can be cached for a year. Boot's
 * {@link ResourceUrlEncodingFilter} does that by asking the resource chain about <em>every</em>
 * link a page renders, {@code /events/123} included: each such link is a miss of the chain's
 * cache and a look-up on the classpath, and on a timeline page of a thousand links that was two
 * thirds of the CPU. This filter, which replaces Boot's, asks only for links under the static
 * folders and remembers each answer (there are as many as there are static files; a rebuilt jar
 * starts with an empty map), so a page's other links cost a string comparison.
 */
@Configuration
class StaticUrlEncoding {

    /** Where the static files are ({@code spring.web.resources.chain.strategy.content.paths}). */
    static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/favicon.ico");
    /** More distinct static links than this are not remembered (templates make them, not users). */
    private static final int REMEMBERED = 1_000;

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticUrlEncodingFilter(ObjectProvider<ResourceUrlProvider> provider) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new Filter(path -> {
            ResourceUrlProvider urls = provider.getIfAvailable();
            return urls == null ? null : urls.getForLookupPath(path);
        }));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** A {@link ResourceUrlEncodingFilter} in type, so that Boot does not register its own. */
    static final class Filter extends ResourceUrlEncodingFilter {

        /** The resource chain: a static file's lookup path to its hashed one, null if unknown. */
        private final Function<String, @Nullable String> chain;
        private final Map<String, String> resolved = new ConcurrentHashMap<>();

        Filter(Function<String, @Nullable String> chain) {
            this.chain = chain;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
                chain.doFilter(request, new Response(httpResponse, http.getContextPath()));
            } else {
                chain.doFilter(request, response);
            }
        }

        /** The hashed form of a link to a static file, or the link itself. */
        String encode(String url, String contextPath) {
            if (!url.startsWith(contextPath)) {
                return url;
            }
            String path = url.substring(contextPath.length());
            if (STATIC_PREFIXES.stream().noneMatch(path::startsWith)) {
                return url;
            }
            int end = endOfPath(path);
            String lookupPath = path.substring(0, end);
            String hashed = resolved.get(lookupPath);
            if (hashed == null) {
                String found = chain.apply(lookupPath);
                hashed = found == null ? lookupPath : found;
                if (resolved.size() < REMEMBERED) {
                    resolved.put(lookupPath, hashed);
                }
            }
            return contextPath + hashed + path.substring(end);
        }

        private static int endOfPath(String path) {
            int query = path.indexOf('?');
            int fragment = path.indexOf('#');
            int end = path.length();
            if (query >= 0) {
                end = query;
            }
            if (fragment >= 0 && fragment < end) {
                end = fragment;
            }
            return end;
        }

        private final class Response extends HttpServletResponseWrapper {

            private final String contextPath;

            Response(HttpServletResponse response, String contextPath) {
                super(response);
                this.contextPath = contextPath;
            }

            @Override
            public String encodeURL(String url) {
                return super.encodeURL(encode(url, contextPath));
            }
        }
    }
}
