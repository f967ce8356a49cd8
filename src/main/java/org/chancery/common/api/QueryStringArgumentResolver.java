package org.chancery.common.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Builds the {@link QueryString} records of lists, exports and the timeline page from the
 * query string, with what it needs to know of each record read once. Spring's data binding
 * gave the same values but looked at every constructor parameter's annotations and nullness
 * again on every request: a quarter of the CPU an API list took (JFR, docs/benchmarks.md).
 *
 * <p>The values are those the binding gave: a text component takes its parameter's value,
 * several values joined by commas, and {@code null} when the parameter is absent; a list
 * takes each value of a repeated parameter, or one value split at its commas.
 */
@Component
class QueryStringArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final Map<Class<?>, RecordShape> shapes = new ConcurrentHashMap<>();

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().isAnnotationPresent(QueryString.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        return shapes.computeIfAbsent(parameter.getParameterType(), RecordShape::of).read(request::getParameterValues);
    }

    /** A record's canonical constructor and, per component, its parameter's name and whether it is a list. */
    record RecordShape(Constructor<?> constructor, String[] names, boolean[] lists) {

        static RecordShape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalStateException(type.getName() + " is marked @QueryString but is not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            boolean[] lists = new boolean[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                lists[i] = isListOfText(components[i].getGenericType());
                if (!lists[i] && components[i].getType() != String.class) {
                    throw new IllegalStateException(type.getName() + "." + names[i]
                            + " is neither String nor List<String>, as a @QueryString record's components must be");
                }
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return new RecordShape(type.getDeclaredConstructor(types), names, lists);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
            }
        }

        Object read(Function<String, String @Nullable []> parameter) {
            Object[] values = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                String[] given = parameter.apply(names[i]);
                if (given != null) {
                    values[i] = lists[i] ? listOf(given) : given.length == 1 ? given[0] : String.join(",", given);
                }
            }
            return BeanUtils.instantiateClass(constructor, values);
        }

        private static List<String> listOf(String[] given) {
            if (given.length != 1) {
                return List.of(given);
            }
            return Arrays.stream(StringUtils.commaDelimitedListToStringArray(given[0])).map(String::trim).toList();
        }

        private static boolean isListOfText(Type type) {
            return type instanceof ParameterizedType list && list.getRawType() == List.class
                    && list.getActualTypeArguments()[0] == String.class;
        }
    }
}
