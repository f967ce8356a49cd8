package org.chancery.common.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi31;

import org.chancery.ChanceryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a script author or a client generator reads in the document: names that do not move,
 * the real parameters and statuses, the media types of the exports, and examples that are
 * true to their own schemas.
 */
@ChanceryIntegrationTest
class OpenApiDocumentIntegrationTests {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Autowired MockMvc mvc;

    private JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    @BeforeEach
    void readTheDocument() throws Exception {
        String served = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        document = JsonMapper.builder().build().readTree(served);
        for (String path : document.path("paths").propertyNames()) {
            JsonNode item = document.path("paths").path(path);
            for (String method : item.propertyNames()) {
                if (METHODS.contains(method)) {
                    operations.add(new Operation(path, method, item.path(method)));
                }
            }
        }
    }

    @Test
    void operationIdsAreUniqueReadableAndNotNumbered() {
        Set<String> seen = new HashSet<>();
        for (Operation operation : operations) {
            String id = operation.node().path("operationId").asString();
            assertThat(id).as(operation.toString()).matches("[a-z][A-Za-z]+");
            assertThat(seen.add(id)).as("%s repeats the id %s", operation, id).isTrue();
        }
        assertThat(operation("/api/v1/events", "get").path("operationId").asString()).isEqualTo("eventList");
        assertThat(operation("/api/v1/events/{id}", "patch").path("operationId").asString()).isEqualTo("eventPatch");
        assertThat(operation("/api/v1/events:import", "post").path("operationId").asString()).isEqualTo("eventImport");
    }

    @Test
    void listsNameTheirFiltersAndWritesTakeTheirVersionsAsHeaders() {
        for (Operation operation : operations) {
            for (JsonNode parameter : operation.node().path("parameters")) {
                assertThat(parameter.path("name").asString()).as(operation.toString()).isNotIn("expected", "parameters");
            }
        }
        assertThat(parameterNames(operation("/api/v1/events", "get"), "query"))
                .contains("state", "counterpart", "kind", "topic", "status", "from", "to", "q", "limit", "cursor");
        assertThat(parameterNames(operation("/api/v1/economic-figures", "get"), "query")).contains("limit", "cursor");
        for (String path : List.of("/api/v1/events/{id}", "/api/v1/agreements/{id}", "/api/v1/sources/{id}", "/api/v1/topics/{code}")) {
            for (String method : List.of("put", "patch", "delete")) {
                JsonNode write = operation(path, method);
                assertThat(parameterNames(write, "header")).as(method + " " + path).contains("If-Match");
                assertThat(parameterNames(write, "query")).as(method + " " + path).doesNotContain("If-Match");
                assertThat(write.path("responses").propertyNames()).as(method + " " + path).contains("412", "428");
            }
            assertThat(parameterNames(operation(path, "get"), "header")).contains("If-None-Match");
            assertThat(operation(path, "get").path("responses").has("304")).isTrue();
        }
    }

    @Test
    void statusesAreTheOnesTheServerSends() {
        assertThat(operation("/api/v1/events", "post").path("responses").propertyNames()).contains("201").doesNotContain("200");
        assertThat(operation("/api/v1/events/{id}", "delete").path("responses").propertyNames()).contains("204").doesNotContain("200");
        assertThat(operation("/api/v1/states/{code}", "put").path("responses").propertyNames()).contains("405").doesNotContain("200");
        for (Operation operation : operations) {
            operation.node().path("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("4")) {
                    assertThat(response.getValue().path("content").path("application/problem+json").path("schema").path("$ref").asString())
                            .as("%s %s", operation, response.getKey()).isEqualTo("#/components/schemas/Problem");
                }
            });
        }
        assertThat(document.path("components").path("schemas").has("Problem")).isTrue();
    }

    @Test
    void theExportsNameTheirMediaTypes() {
        assertThat(successTypes("/api/v1/events.csv")).containsExactly("text/csv");
        assertThat(successTypes("/api/v1/events.ndjson")).containsExactly("application/x-ndjson");
        assertThat(successTypes("/api/v1/economic-figures.csv")).containsExactly("text/csv");
        assertThat(successTypes("/api/v1/calendar.ics")).containsExactly("text/calendar");
    }

    @Test
    void recordsDeclareWhatIsRequiredWhatMayBeNullAndTheirEnums() {
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode event = schemas.path("EventResponse");
        assertThat(strings(event.path("required"))).contains("id", "kind", "status", "date", "version");
        assertThat(strings(event.path("properties").path("kind").path("enum"))).contains("VISIT", "CALL", "MEMORANDUM");
        assertThat(strings(event.path("properties").path("status").path("enum"))).contains("PLANNED", "HAPPENED");
        assertThat(strings(schemas.path("DateResponse").path("properties").path("precision").path("enum"))).contains("DAY", "MONTH", "SEASON");
        assertThat(strings(schemas.path("SourceResponse").path("required"))).contains("id", "title", "version");
        JsonNode page = schemas.path("PageResponseEventResponse");
        assertThat(strings(page.path("required"))).contains("items");
        assertThat(strings(page.path("properties").path("next").path("type"))).contains("string", "null");
        assertThat(strings(page.path("properties").path("total").path("type"))).contains("integer", "null");
        assertThat(strings(schemas.path("SourceResponse").path("properties").path("url").path("type"))).contains("string", "null");
    }

    @Test
    void everyRequestBodyAndSuccessResponseHasAnExampleThatKeepsItsSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance());
        List<String> missing = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (Operation operation : operations) {
            String base = "/paths/" + escape(operation.path()) + "/" + operation.method();
            JsonNode body = operation.node().path("requestBody").path("content");
            for (String type : body.propertyNames()) {
                check(registry, base + "/requestBody/content/" + escape(type), operation + " request " + type, missing, broken);
            }
            JsonNode responses = operation.node().path("responses");
            for (String status : responses.propertyNames()) {
                if (!status.startsWith("2")) {
                    continue;
                }
                for (String type : responses.path(status).path("content").propertyNames()) {
                    check(registry, base + "/responses/" + status + "/content/" + escape(type),
                            operation + " " + status + " " + type, missing, broken);
                }
            }
        }
        assertThat(missing).as("bodies without an example").isEmpty();
        assertThat(broken).as("examples that break their own schema").isEmpty();
    }

    private void check(SchemaRegistry registry, String pointer, String where, List<String> missing, List<String> broken) {
        JsonNode media = document.at(pointer);
        List<JsonNode> examples = new ArrayList<>();
        if (media.has("example")) {
            examples.add(media.path("example"));
        }
        media.path("examples").forEach(example -> examples.add(example.path("value")));
        if (examples.isEmpty() && media.path("schema").has("example")) {
            examples.add(media.path("schema").path("example"));
        }
        if (examples.isEmpty()) {
            missing.add(where);
            return;
        }
        String type = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        if (!type.equals("application/json") && !type.endsWith("+json")) {
            // CSV, NDJSON, iCalendar: text, so its example is the text itself
            examples.stream().filter(example -> !example.isString()).forEach(example -> broken.add(where + ": not text: " + example));
            return;
        }
        ObjectNode schema = (ObjectNode) media.path("schema").deepCopy();
        schema.set("components", document.path("components"));
        for (JsonNode example : examples) {
            List<Error> errors = registry.getSchema(schema).validate(example);
            if (!errors.isEmpty()) {
                broken.add(where + ": " + errors);
            }
        }
    }

    private JsonNode operation(String path, String method) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path + " is documented").isFalse();
        return operation;
    }

    private List<String> successTypes(String path) {
        return operation(path, "get").path("responses").path("200").path("content").propertyNames().stream().toList();
    }

    private static List<String> parameterNames(JsonNode operation, String in) {
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals(in)) {
                names.add(parameter.path("name").asString());
            }
        }
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.isNull() ? "null" : value.asString()));
        return values;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private record Operation(String path, String method, JsonNode node) {
        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }
}
