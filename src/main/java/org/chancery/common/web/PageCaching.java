package org.chancery.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How long a page may be kept. A page read without signing in is the public record: the
 * browser may keep it (back and forward show it at once) but asks again before using it,
 * and no shared cache keeps it ({@code private, no-cache}); the language cookie changes it.
 * A page seen signed in names the account and may carry its CSRF token, so it keeps Spring
 * Security's {@code no-store}. Static files have their own, long-lived headers
 * ({@code spring.web.resources.cache.*}); the API its ETags.
 */
@Configuration
class PageCaching implements WebMvcConfigurer, HandlerInterceptor {

    static final String PUBLIC_PAGE = "private, no-cache";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // The sign-in form carries a CSRF token of its own: kept, it would be refused when sent.
        registry.addInterceptor(this).excludePathPatterns("/login");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (read && handler instanceof HandlerMethod method && isPage(method) && signedOut()
                && !response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_PAGE);
        }
        return true;
    }

    /** A controller that renders views: not the API's, nor a file's ({@code @ResponseBody}). */
    static boolean isPage(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), Controller.class)
                && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                && !method.hasMethodAnnotation(ResponseBody.class);
    }

    static boolean signedOut() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || TRUST.isAnonymous(authentication);
    }
}
