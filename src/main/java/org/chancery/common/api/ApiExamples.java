package org.chancery.common.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Gives each operation's JSON request body and success response an example, from
 * {@code openapi/examples/<operationId>-request.json} and {@code -response.json}: real
 * exchanges of the API tests (they keep them in {@code target/api-examples}), shortened to
 * one item a list. An example written on the operation itself stays.
 */
@Component
class ApiExamples implements OpenApiCustomizer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(this::exemplify));
    }

    private void exemplify(Operation operation) {
        String id = operation.getOperationId();
        if (id == null) {
            return;
        }
        if (operation.getRequestBody() != null) {
            exemplify(operation.getRequestBody().getContent(), example(id + "-request.json"));
        }
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    exemplify(content(response), example(id + "-response.json"));
                }
            });
        }
    }

    private static @Nullable Content content(ApiResponse response) {
        return response.getContent();
    }

    private static void exemplify(@Nullable Content content, @Nullable Object example) {
        if (content == null || example == null) {
            return;
        }
        content.forEach((type, media) -> {
            if (isJson(type) && !hasExample(media)) {
                media.setExample(example);
            }
        });
    }

    private static boolean isJson(String type) {
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static boolean hasExample(MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    private static @Nullable Object example(String name) {
        ClassPathResource resource = new ClassPathResource("openapi/examples/" + name);
        if (!resource.exists()) {
            return null;
        }
        try (InputStream in = resource.getInputStream()) {
            return JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
