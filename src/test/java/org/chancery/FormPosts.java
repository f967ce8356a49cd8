package org.chancery;

import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A record form as a browser posts it, for the form pages' tests that build one field by field. */
public final class FormPosts {

    private FormPosts() {
    }

    /** {@code fields} posted to {@code address} as {@code who}, with the CSRF token, each field one parameter. */
    public static MockHttpServletRequestBuilder form(String address, RequestPostProcessor who, Map<String, String> fields) {
        MockHttpServletRequestBuilder form = post(address).with(csrf()).with(who);
        fields.forEach(form::param);
        return form;
    }
}
