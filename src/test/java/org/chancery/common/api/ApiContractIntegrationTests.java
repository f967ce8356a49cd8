package org.chancery.common.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The published contract describes exactly the API the server has. */
@ChanceryIntegrationTest
class ApiContractIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void isOpenApi31AndListsEveryApiEndpointOfTheServer() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<String>read(document, "$.openapi")).startsWith("3.1");
        Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    Map<String, Object> item = paths.get(path);
                    if (item == null || !item.containsKey(method.name().toLowerCase(Locale.ROOT))) {
                        missing.add(method + " " + path);
                    }
                }
            }
        }
        assertThat(missing).as("API endpoints missing from the OpenAPI document").isEmpty();
        assertThat(paths).containsKeys("/api/v1/events", "/api/v1/events/{id}", "/api/v1/events:import");
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemDetails() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();

        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(document, "$.paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKey("400");
            if (!method.equals("get")) {
                assertThat(responses).as(method + " " + path).containsKeys("401", "403");
            }
        }));
        assertThat(JsonPath.<Map<String, Object>>read(document, "$.paths['/api/v1/events/{id}'].put.responses"))
                .containsKeys("412", "428", "422", "401", "403");
        assertThat(JsonPath.<String>read(document,
                "$.paths['/api/v1/events'].post.requestBody.content['application/json'].examples.visit.value.date"))
                .isEqualTo("2026-01-27");
        assertThat(JsonPath.<Map<String, Object>>read(document, "$.components.securitySchemes")).containsKeys("basic", "bearer");
    }

    @Test
    void swaggerUiIsServedFromTheApplicationItself() throws Exception {
        String page = mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).containsIgnoringCase("swagger").doesNotContain("cdn.", "unpkg", "jsdelivr");
    }
}
