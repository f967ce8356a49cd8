package org.chancery.common.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links to the page the reader is on with some parameters changed, keeping the others: the
 * language switch keeps a timeline's filters ({@code ${@here.inLanguage('ru')}}), "earlier"
 * and "later" keep them too. Links are relative to the site, never to the host the request
 * named.
 */
@Component("here")
public class CurrentAddress {

    /** This page in another language. */
    public String inLanguage(String language) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet)) {
            return "?lang=" + language;
        }
        Map<String, @Nullable String> changes = new LinkedHashMap<>();
        changes.put("lang", language);
        return replacing(servlet.getRequest(), changes);
    }

    /** The request's path and query with each named parameter set to its value, or removed where the value is null. */
    public static String replacing(HttpServletRequest request, Map<String, @Nullable String> changes) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        // An error page names the address that failed, not its own.
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            path = failed;
            query = null;
        }
        try {
            UriComponentsBuilder link = UriComponentsBuilder.fromUriString(path + (query == null ? "" : "?" + query));
            changes.forEach((name, value) -> {
                if (value == null) {
                    link.replaceQueryParam(name);
                } else {
                    link.replaceQueryParam(name, UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
                }
            });
            return link.build(true).toUriString();
        } catch (IllegalArgumentException unreadableQuery) {
            // An address that cannot be taken apart still gets its link: the page without its query.
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
            changes.forEach((name, value) -> {
                if (value != null) {
                    link.queryParam(name, value);
                }
            });
            return link.build().encode().toUriString();
        }
    }
}
