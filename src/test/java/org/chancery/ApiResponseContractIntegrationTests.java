package org.chancery;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The contract check fails a response that breaks the document, and only such a response. */
@ChanceryIntegrationTest
class ApiResponseContractIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Environment environment;

    @Test
    void aRealResponseKeepsTheContract() throws Exception {
        MvcResult state = mvc.perform(get("/api/v1/states/KZ")).andReturn();

        assertThatCode(() -> new ApiResponseContract(environment).handle(state)).doesNotThrowAnyException();
    }

    @Test
    void aBodyThatBreaksItsSchemaFails() throws Exception {
        MvcResult state = mvc.perform(get("/api/v1/states/KZ")).andReturn();
        replaceBody(state.getResponse(), "application/json", "{\"code\": 5, \"name\": null}");

        assertThatThrownBy(() -> new ApiResponseContract(environment).handle(state))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("breaks the OpenAPI document").hasMessageContaining("/code");
    }

    @Test
    void anUndocumentedStatusOrMediaTypeFails() throws Exception {
        MvcResult teapot = mvc.perform(get("/api/v1/states/KZ")).andReturn();
        teapot.getResponse().setCommitted(false);
        teapot.getResponse().setStatus(418);
        assertThatThrownBy(() -> new ApiResponseContract(environment).handle(teapot))
                .hasMessageContaining("a status its OpenAPI operation does not list");

        MvcResult text = mvc.perform(get("/api/v1/states/KZ")).andReturn();
        replaceBody(text.getResponse(), "text/plain", "KZ");
        assertThatThrownBy(() -> new ApiResponseContract(environment).handle(text))
                .hasMessageContaining("a media type the document does not list");
    }

    private static void replaceBody(MockHttpServletResponse response, String type, String body) throws Exception {
        response.setCommitted(false);
        response.resetBuffer();
        response.setContentType(type);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
