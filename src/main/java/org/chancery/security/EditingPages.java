package org.chancery.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages that change the record, matched by the shape every feature's addresses share:
 * the forms ({@code /events/new}, {@code /events/12/edit}, {@code /events/12/delete},
 * {@code /events/upload}) are for editors even when reading is public, and a restore
 * ({@code /events/12/restore}, {@code /events/12/versions/3/restore}) is for admins. Posts
 * need an editor anyway; these keep a viewer from even opening a form.
 */
final class EditingPages {

    private static final Set<String> FORMS = Set.of("new", "edit", "delete", "upload", "draft");

    private EditingPages() {
    }

    static RequestMatcher forms() {
        return request -> HttpMethod.GET.matches(request.getMethod()) && FORMS.contains(lastSegment(request));
    }

    static RequestMatcher restores() {
        return request -> HttpMethod.POST.matches(request.getMethod()) && "restore".equals(lastSegment(request));
    }

    private static String lastSegment(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int end = path.endsWith("/") ? path.length() - 1 : path.length();
        return path.substring(path.lastIndexOf('/', end - 1) + 1, end);
    }
}
