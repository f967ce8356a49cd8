package org.chancery.common.api;

import org.chancery.common.InvalidParameterException;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's lists, exports and feeds read their query strictly, names included: a parameter
 * none of them takes ({@code ?stat=KZ}, a misspelt filter) is refused with 400 naming it, as
 * an unknown field of a request body is, instead of being ignored and answering everything.
 * The names a read takes are those of its parameter record ({@code TimelineParameters} …)
 * and its {@code @RequestParam}s; {@code lang} is everyone's.
 */
@Component
class KnownListParameters implements HandlerInterceptor, WebMvcConfigurer {

    private static final Set<String> EVERYWHERE = Set.of("lang");

    private final Map<Method, Optional<Set<String>>> known = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ApiController.class)) {
            return true;
        }
        Optional<Set<String>> names = known.computeIfAbsent(method.getMethod(), ignored -> namesOf(method));
        if (names.isEmpty()) {
            return true;
        }
        Set<String> unknown = new TreeSet<>(request.getParameterMap().keySet());
        unknown.removeAll(names.get());
        unknown.removeAll(EVERYWHERE);
        if (!unknown.isEmpty()) {
            throw new InvalidParameterException(unknown.stream()
                    .map(name -> new InvalidParameter(name, "is not a parameter of this resource; it takes "
                            + String.join(", ", new TreeSet<>(names.get()))))
                    .toList());
        }
        return true;
    }

    /** Empty where the method reads no parameter record: nothing to be strict about. */
    private static Optional<Set<String>> namesOf(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        boolean readsRecord = false;
        for (MethodParameter parameter : method.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                String name = StringUtils.hasText(param.name()) ? param.name()
                        : StringUtils.hasText(param.value()) ? param.value() : parameter.getParameterName();
                if (name != null) {
                    names.add(name);
                }
            } else if (type.isRecord() && !parameter.hasParameterAnnotation(RequestBody.class)) {
                readsRecord = true;
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
            }
        }
        return readsRecord ? Optional.of(Set.copyOf(names)) : Optional.empty();
    }
}
