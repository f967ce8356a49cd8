package org.chancery.common.api;

import java.util.List;

import org.chancery.common.ExpectedVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a write take the version it was made against as an {@link ExpectedVersion}
 * argument, read from If-Match by {@link Versions#expected}: a missing one is refused (428)
 * before the write is attempted, so no controller can forget to ask for it.
 */
@Component
class IfMatchArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ExpectedVersion.class;
    }

    @Override
    public ExpectedVersion resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        return Versions.expected(request.getHeader(HttpHeaders.IF_MATCH));
    }
}
