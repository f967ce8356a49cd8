package org.chancery.common.api;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.chancery.common.ExpectedVersion;
import org.chancery.common.web.RecordVersionTagged;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;

/**
 * What each operation of the document says that the code knows but annotations would only
 * repeat: an operation id made of the resource and the method ({@code eventList},
 * {@code sourceReplace}), so generated clients keep their names when code moves; a summary
 * where the method has none; {@code If-Match} on writes that take an {@link ExpectedVersion}
 * and {@code If-None-Match} on reads that answer 304; 201 for creates and 204 for deletes
 * that answer without a body.
 */
@Component
class ApiOperations implements OperationCustomizer {

    static final String IF_MATCH = "If-Match";
    static final String IF_NONE_MATCH = "If-None-Match";

    /** What a resource's methods do, as the summary says it of "{0}" (one record) or "{1}" (the records). */
    private static final Map<String, String> SUMMARIES = Map.ofEntries(
            Map.entry("list", "List {1}, paged by cursor"),
            Map.entry("get", "Read {0} (ETag; 304 for a matching If-None-Match)"),
            Map.entry("create", "Create {0} (editors)"),
            Map.entry("replace", "Replace {0} as a whole (editors, If-Match)"),
            Map.entry("patch", "Change part of {0} with a JSON merge patch (editors, If-Match)"),
            Map.entry("delete", "Delete {0} softly, with a reason (editors, If-Match)"),
            Map.entry("restore", "Bring back {0} that was deleted (admins)"),
            Map.entry("revert", "Put an earlier version of {0} back, as a new version (admins)"),
            Map.entry("history", "The change history of {0}: who changed what, when"),
            Map.entry("write", "Refused: {1} are read only (405)"),
            Map.entry("show", "Read {0}"),
            Map.entry("revoke", "Revoke {0}: it signs nothing in from now on"),
            Map.entry("appoint", "Add a term to an office (editors, the office's If-Match)"),
            Map.entry("term", "Read one term of an office"),
            Map.entry("withdraw", "Remove a term from an office (editors, the office's If-Match)"),
            Map.entry("admit", "Add a state to the agreement (editors, the agreement's If-Match)"),
            Map.entry("remove", "Remove a state from the agreement, with a reason (editors, the agreement's If-Match)"),
            Map.entry("steps", "The dated steps of one state in the agreement"),
            Map.entry("step", "One dated step of a state in the agreement"),
            Map.entry("record", "Record the next step of a state in the agreement (editors, the agreement's If-Match)"),
            Map.entry("removeStep", "Remove a step of a state in the agreement, with a reason (editors, the agreement's If-Match)"));

    static {
        // Read from If-Match by IfMatchArgumentResolver, documented below as that header.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ExpectedVersion.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String resource = resource(handler.getBeanType());
        String method = handler.getMethod().getName();
        operation.setOperationId(operationId(resource, method));
        if (!StringUtils.hasText(operation.getSummary()) && SUMMARIES.containsKey(method)) {
            operation.setSummary(SUMMARIES.get(method).replace("{0}", article(words(resource)))
                    .replace("{1}", plural(words(resource))));
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.getParameterType() == ExpectedVersion.class) {
                operation.addParametersItem(new HeaderParameter().name(IF_MATCH).required(true)
                        .description("The ETag of the version the change was made against (412 if it is no longer "
                                + "current), or * for whatever version is current")
                        .schema(new JsonSchema().typesItem("string")).example("\"3\""));
            }
        }
        boolean readsWebRequest = handler.hasMethodAnnotation(GetMapping.class) && Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> WebRequest.class.isAssignableFrom(parameter.getParameterType()));
        if (readsWebRequest || handler.hasMethodAnnotation(RecordVersionTagged.class)) {
            operation.addParametersItem(new HeaderParameter().name(IF_NONE_MATCH).required(false)
                    .description("The ETag of a copy the caller holds: 304 without a body while it is current")
                    .schema(new JsonSchema().typesItem("string")).example("\"3\""));
        }
        ApiResponses responses = operation.getResponses();
        if (responses != null && responses.containsKey("200")) {
            if (method.equals("create") || method.equals("appoint") || method.equals("admit") || method.equals("record")) {
                ApiResponse created = responses.remove("200");
                responses.addApiResponse("201", created.description("Created; Location names it, ETag its version"));
            } else if (handler.hasMethodAnnotation(DeleteMapping.class) && answersNothing(handler)) {
                responses.remove("200");
                responses.addApiResponse("204", new ApiResponse().description("Deleted"));
            } else if (method.equals("write")) {
                responses.remove("200");
            }
        }
        return operation;
    }

    private static boolean answersNothing(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        return type.resolve() == void.class
                || (type.resolve() == ResponseEntity.class && type.getGeneric(0).resolve() == Void.class);
    }

    /**
     * The resource and the handler's name, once: {@code eventList}; a handler that only names
     * its resource again ({@code EventImportApiController.importEvents}) is the resource alone,
     * {@code eventImport}.
     */
    static String operationId(String resource, String method) {
        Set<String> resourceWords = new HashSet<>(Arrays.asList(singular(words(resource)).split(" ")));
        boolean repeats = Arrays.stream(singular(words(method)).split(" ")).allMatch(resourceWords::contains);
        return StringUtils.uncapitalize(resource) + (repeats ? "" : StringUtils.capitalize(method));
    }

    private static String singular(String words) {
        return words.replaceAll("s\\b", "");
    }

    /** {@code EventApiController} is {@code Event}, {@code EconomicFigureExportController} {@code EconomicFigureExport}. */
    private static String resource(Class<?> controller) {
        String name = controller.getSimpleName();
        for (String suffix : new String[] {"ApiController", "Controller"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String words(String resource) {
        return resource.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String plural(String noun) {
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }
}
