package org.chancery.common.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;

/**
 * A form record that could not be made because some fields did not bind ({@code kind=TEMPLE},
 * {@code agreementId=abc}): Spring then hands the controller no form at all, and the page
 * would lose everything typed. This makes it again without those fields, keeps their errors
 * (with the values as typed) and puts both in the model, so the form comes back with those
 * fields marked and the rest as typed.
 */
public final class UnboundForms {

    private static final int ATTEMPTS = 5;

    private UnboundForms() {
    }

    public static <T> T remake(Class<T> type, String name, BindingResult failed, HttpServletRequest request,
            ConversionService conversions, Model model, Supplier<T> empty) {
        T form = remade(type, name, failed, request, conversions);
        return put(form == null ? empty.get() : form, name, failed, model.asMap());
    }

    /**
     * The errors of a form that Spring did make although a field did not bind, but whose
     * {@code BindingResult} it made before the form, so that it has no form to read fields
     * from (rejecting another field fails): a result with the form and the same errors, also
     * put in the model for the page. Otherwise the result as it is.
     */
    public static <T> BindingResult withForm(T form, String name, BindingResult result, Model model) {
        if (result.getTarget() != null || !result.hasErrors()) {
            return result;
        }
        put(form, name, result, model.asMap());
        return (BindingResult) model.asMap().get(BindingResult.MODEL_KEY_PREFIX + name);
    }

    /** The form made again without the fields that did not bind, or null if even that fails. */
    static <T> @Nullable T remade(Class<T> type, String name, BindingResult failed, HttpServletRequest request,
            ConversionService conversions) {
        Set<String> hidden = new LinkedHashSet<>();
        failed.getFieldErrors().stream().filter(FieldError::isBindingFailure).map(FieldError::getField).forEach(hidden::add);
        Object target = null;
        for (int attempt = 0; attempt < ATTEMPTS && target == null; attempt++) {
            ServletRequestDataBinder binder = new ServletRequestDataBinder(null, name);
            binder.setTargetType(ResolvableType.forClass(type));
            binder.setConversionService(conversions);
            binder.construct(new WithoutFields(request, Set.copyOf(hidden)));
            target = binder.getTarget();
            int before = hidden.size();
            binder.getBindingResult().getFieldErrors().stream().filter(FieldError::isBindingFailure)
                    .map(FieldError::getField).forEach(hidden::add);
            if (target == null && hidden.size() == before) {
                break;
            }
        }
        return target == null ? null : type.cast(target);
    }

    /** The form and its errors (now with a form to stand beside) in the model, where the page and the controller find them. */
    static <T> T put(T form, String name, BindingResult failed, Map<String, Object> model) {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, name);
        result.addAllErrors(failed);
        model.put(name, form);
        model.put(BindingResult.MODEL_KEY_PREFIX + name, result);
        return form;
    }

    /** The request as if the fields that did not bind had not been sent. */
    private static final class WithoutFields extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        WithoutFields(HttpServletRequest request, Set<String> hidden) {
            super(request);
            request.getParameterMap().forEach((parameter, values) -> {
                if (hidden.stream().noneMatch(field -> parameter.equals(field) || parameter.startsWith(field + ".")
                        || parameter.startsWith(field + "["))) {
                    parameters.put(parameter, values);
                }
            });
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
