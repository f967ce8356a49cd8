package org.chancery.common.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

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
                .addServersItem(new io.swagger.v3.oas.models.servers.Server().url("/").description("The server that serves this document"))
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
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    describe(path, method, operation)));
            nameSharedHandlersByRoute(openApi);
        };
    }

    /**
     * One handler mapped to several routes (the read-only states' refusals) gets one id a
     * route: its own id, the method and whether the route names one record, such as
     * {@code stateWritePutOne}, where springdoc would number them ({@code stateWrite_5}) in
     * an order that moves with the code.
     */
    private static void nameSharedHandlersByRoute(OpenAPI openApi) {
        Map<String, Integer> uses = new HashMap<>();
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation ->
                uses.merge(baseId(operation), 1, Integer::sum)));
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String base = baseId(operation);
            if (uses.getOrDefault(base, 0) > 1) {
                String verb = method.name().charAt(0) + method.name().substring(1).toLowerCase(Locale.ROOT);
                operation.setOperationId(base + verb + (path.endsWith("}") ? "One" : "All"));
            }
        }));
    }

    private static String baseId(Operation operation) {
        return operation.getOperationId() == null ? "" : operation.getOperationId().replaceFirst("_\\d+$", "");
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        definePathParameters(path, operation);
        Set<String> headers = new HashSet<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(parameter -> "header".equals(parameter.getIn()))
                    .forEach(parameter -> headers.add(parameter.getName()));
        }
        add(responses, "400", "A parameter or the body cannot be read; invalidParams names each");
        add(responses, "429", "Too many failed sign-ins from this address or for this account; try again later");
        if (method == PathItem.HttpMethod.GET) {
            // Reading is public unless the server closes it; then an account or a token is asked for.
            operation.addSecurityItem(new SecurityRequirement());
            add(responses, "401", "Reading is closed on this server and no or wrong credentials were given");
            add(responses, "403", "The account's role (or the token's scope) does not allow this");
            if (path.contains("{")) {
                add(responses, "404", "No such record");
                add(responses, "410", "The record was deleted");
            }
        } else {
            add(responses, "401", "No or wrong credentials");
            add(responses, "403", "The account's role (or the token's scope) does not allow this");
            add(responses, "422", "The record's rules refuse the change (rule names which)");
            if (method == PathItem.HttpMethod.POST) {
                add(responses, "409", "A record with this key exists already, or the change conflicts with the record");
            }
        }
        operation.addSecurityItem(new SecurityRequirement().addList("basic"));
        operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
        if (headers.contains(ApiOperations.IF_NONE_MATCH)) {
            responses.addApiResponse("304", new ApiResponse().description("Not modified: the copy named in If-None-Match is current"));
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than this operation takes");
            add(responses, "415", "The body is not of a media type this operation takes");
        }
        if (path.contains("{") && method != PathItem.HttpMethod.GET) {
            add(responses, "404", "No such record");
            add(responses, "410", "The record was deleted");
            add(responses, "409", "Someone changed the record at the same moment, or the change conflicts with it");
        }
        if (headers.contains(HttpHeaders.IF_MATCH)) {
            add(responses, "412", "If-Match names no version that is current");
            add(responses, "428", "If-Match is missing");
        }
        if (operation.getOperationId() != null && operation.getOperationId().endsWith("Write")) {
            add(responses, "405", "The resource is read only");
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("4") && response.getContent() == null) {
                response.setContent(problemContent());
            } else if (status.startsWith("4")) {
                response.getContent().forEach((type, media) -> {
                    if (media.getSchema() == null) {
                        media.setSchema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM));
                    }
                });
            }
        });
    }

    /** A path's variable that no parameter of the operation names (a handler that ignores it) is still a string in the path. */
    private static void definePathParameters(String path, Operation operation) {
        Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (variables.find()) {
            String name = variables.group(1);
            boolean defined = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> "path".equals(parameter.getIn()) && name.equals(parameter.getName()));
            if (!defined) {
                operation.addParametersItem(new PathParameter().name(name).required(true).schema(new JsonSchema().typesItem("string")));
            }
        }
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType("application/problem+json",
                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema invalidParam = typed("object")
                .addProperty("name", typed("string").description("the parameter or field (JSON path)"))
                .addProperty("reason", typed("string"))
                .required(List.of("name", "reason"));
        return typed("object").description("RFC 9457 problem details")
                .properties(new java.util.LinkedHashMap<>(Map.of(
                        "type", typed("string").format("uri"),
                        "title", typed("string"),
                        "status", typed("integer"),
                        "detail", typed("string"),
                        "instance", typed("string").format("uri-reference"),
                        "invalidParams", typed("array").items(invalidParam),
                        "rule", typed("string").description("which rule refused a change (422)"),
                        "currentVersion", typed("integer").description("the record's version (412)"))))
                // RFC 9457: an absent type is about:blank, and Spring leaves it out then.
                .required(List.of("status"))
                .example(Map.of("type", "https://chancery.example/problems/invalid-parameters",
                        "title", "Invalid request parameters", "status", 400,
                        "detail", "Some request parameters are not valid; see invalidParams.",
                        "invalidParams", List.of(Map.of("name", "state",
                                "reason", "'XX' is not an ISO 3166-1 alpha-2 code of a state"))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema typed(String type) {
        return new JsonSchema().typesItem(type);
    }
}
