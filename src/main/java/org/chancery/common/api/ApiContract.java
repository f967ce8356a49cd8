package org.chancery.common.api;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document's frame: what the API is, how to sign in, and the problem details
 * every operation may answer with, added to each operation according to what it does, so
 * the document lists the errors the server really sends.
 */
@Configuration(proxyBeanMethods = false)
class ApiContract {

    private static final String PROBLEM = "Problem";

    static {
        // A merge patch, a history snapshot, a field's value before and after: any JSON.
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>().description("any JSON value"));
    }

    @Bean
    OpenAPI chanceryOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Chancery API").version("v1").description("""
                        The record of relations between states: events, agreements and each state's stage in them, \
                        economic figures, persons, institutions and sources. Every fact carries its source; every \
                        date is given exactly as precisely as recorded (an EDTF string plus its earliest and latest \
                        day). Reading is public unless the server closes it; writing needs an editor's account \
                        (HTTP Basic) or a personal access token (Bearer). Every representation carries its version \
                        as an ETag; writes name it in If-Match. Errors are RFC 9457 problem details."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token (chy_…) created at POST /api/v1/tokens"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            add(responses, "400", "A parameter or the body cannot be read; invalidParams names each");
            if (method == PathItem.HttpMethod.GET && path.contains("{")) {
                add(responses, "404", "No such record");
            }
            if (method != PathItem.HttpMethod.GET) {
                operation.addSecurityItem(new SecurityRequirement().addList("basic"));
                operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
                add(responses, "401", "No or wrong credentials");
                add(responses, "403", "The account's role (or the token's scope) does not allow this");
                add(responses, "422", "The record's rules refuse the change (rule names which)");
            }
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
                add(responses, "415", "The body is not of a media type this operation takes");
            }
            if (path.contains("{") && (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                    || method == PathItem.HttpMethod.DELETE)) {
                add(responses, "404", "No such record");
                add(responses, "410", "The record was deleted");
                add(responses, "412", "If-Match names a version that is no longer current");
                add(responses, "428", "If-Match is missing");
                add(responses, "409", "Someone changed the record at the same moment");
            }
        }));
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema invalidParam = new Schema<>().type("object")
                .addProperty("name", new Schema<>().type("string").description("the parameter or field (JSON path)"))
                .addProperty("reason", new Schema<>().type("string"));
        return new Schema<>().type("object").description("RFC 9457 problem details")
                .properties(Map.of(
                        "type", new Schema<>().type("string").format("uri"),
                        "title", new Schema<>().type("string"),
                        "status", new Schema<>().type("integer"),
                        "detail", new Schema<>().type("string"),
                        "instance", new Schema<>().type("string").format("uri-reference"),
                        "invalidParams", new Schema<>().type("array").items(invalidParam),
                        "rule", new Schema<>().type("string").description("which rule refused a change (422)"),
                        "currentVersion", new Schema<>().type("integer").description("the record's version (412)")))
                .example(Map.of("type", "https://chancery.example/problems/invalid-parameters",
                        "title", "Invalid request parameters", "status", 400,
                        "detail", "Some request parameters are not valid; see invalidParams.",
                        "invalidParams", java.util.List.of(Map.of("name", "state",
                                "reason", "'XX' is not an ISO 3166-1 alpha-2 code of a state"))));
    }
}
