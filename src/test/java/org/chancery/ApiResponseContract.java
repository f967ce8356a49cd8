package org.chancery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi31;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every response of {@code /api/**} that a full-app test receives through MockMvc is held
 * against the served OpenAPI document: the path and method are documented, the status is one
 * the operation lists, the media type is one it lists for that status, and a JSON body
 * validates against its schema (OpenAPI 3.1's JSON Schema dialect). A response that breaks
 * the contract fails the test that received it.
 */
final class ApiResponseContract implements ResultHandler {

    private final Environment environment;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance());
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private volatile @Nullable JsonNode document;
    private volatile List<Route> routes = List.of();

    ApiResponseContract(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void handle(MvcResult result) throws Exception {
        MockHttpServletRequest request = result.getRequest();
        String path = request.getRequestURI();
        if (!path.startsWith("/api/")) {
            return;
        }
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        JsonNode openApi = document();
        Route route = routes.stream().filter(candidate -> candidate.pattern().matcher(path).matches()).findFirst().orElse(null);
        JsonNode operation = route == null ? null : openApi.path("paths").path(route.template()).get(method);
        if (operation == null) {
            if (status == 404 || status == 405 || method.equals("head") || method.equals("options")) {
                return; // no such resource or method: the router's answer, not an operation's
            }
            throw new AssertionError("The OpenAPI document has no operation for " + request.getMethod() + " " + path
                    + " (answered " + status + ")");
        }
        String where = request.getMethod() + " " + route.template() + " answered " + status;
        JsonNode described = operation.path("responses").get(String.valueOf(status));
        String pointer = "/paths/" + escape(route.template()) + "/" + method + "/responses/" + status;
        if (described == null) {
            described = operation.path("responses").get("default");
            pointer = "/paths/" + escape(route.template()) + "/" + method + "/responses/default";
        }
        if (described == null) {
            throw new AssertionError(where + ", a status its OpenAPI operation does not list: "
                    + operation.path("responses").propertyNames());
        }
        byte[] body = response.getContentAsByteArray();
        if (body.length == 0 || method.equals("head")) {
            return;
        }
        String contentType = response.getContentType() == null ? "" : response.getContentType().split(";")[0].strip();
        JsonNode content = described.path("content");
        if (!content.has(contentType)) {
            throw new AssertionError(where + " with " + contentType + ", a media type the document does not list for it: "
                    + content.propertyNames());
        }
        if (!(contentType.equals("application/json") || contentType.endsWith("+json"))) {
            return;
        }
        String schemaPointer = pointer + "/content/" + escape(contentType) + "/schema";
        Schema schema = compiled.computeIfAbsent(schemaPointer, key -> compile(openApi, key));
        List<Error> errors = schema.validate(json.readTree(new String(body, StandardCharsets.UTF_8)));
        if (!errors.isEmpty()) {
            throw new AssertionError(where + " with a body that breaks the OpenAPI document (#" + schemaPointer + "):\n  "
                    + String.join("\n  ", errors.stream().map(Error::toString).toList()) + "\nbody: "
                    + new String(body, StandardCharsets.UTF_8));
        }
        if (status / 100 == 2) {
            keepExample(operation.path("operationId").asString(), request, json.readTree(new String(body, StandardCharsets.UTF_8)));
        }
    }

    /**
     * The first answered request and response of each operation, shortened to one item a list,
     * in {@code target/api-examples}: where the document's examples (src/main/resources/openapi/examples)
     * are taken from, so that they are what the server really says.
     */
    private void keepExample(String operationId, MockHttpServletRequest request, JsonNode response) throws Exception {
        Path folder = Path.of("target/api-examples");
        Files.createDirectories(folder);
        Path answer = folder.resolve(operationId + "-response.json");
        if (!Files.exists(answer)) {
            Files.writeString(answer, json.writerWithDefaultPrettyPrinter().writeValueAsString(shortened(response)));
        }
        Path asked = folder.resolve(operationId + "-request.json");
        byte[] sent = request.getContentAsByteArray();
        String sentType = request.getContentType() == null ? "" : request.getContentType().split(";")[0].strip();
        if (sent != null && sent.length > 0 && !Files.exists(asked)
                && (sentType.equals("application/json") || sentType.endsWith("+json"))) {
            Files.writeString(asked, json.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json.readTree(new String(sent, StandardCharsets.UTF_8))));
        }
    }

    private static JsonNode shortened(JsonNode node) {
        if (node.isArray()) {
            tools.jackson.databind.node.ArrayNode first = JsonMapper.builder().build().createArrayNode();
            for (int i = 0; i < Math.min(1, node.size()); i++) {
                first.add(shortened(node.get(i)));
            }
            return first;
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            for (String name : node.propertyNames()) {
                copy.set(name, shortened(node.get(name)));
            }
            return copy;
        }
        return node;
    }

    /** The schema at {@code pointer}, with the document's components beside it so that its references resolve. */
    private Schema compile(JsonNode openApi, String pointer) {
        ObjectNode schema = (ObjectNode) openApi.at(pointer).deepCopy();
        schema.set("components", openApi.path("components"));
        return schemas.getSchema(schema);
    }

    private JsonNode document() throws Exception {
        JsonNode loaded = document;
        if (loaded == null) {
            String port = environment.getRequiredProperty("local.server.port");
            HttpResponse<String> served = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            loaded = json.readTree(served.body());
            List<Route> read = new ArrayList<>();
            for (String template : loaded.path("paths").propertyNames()) {
                read.add(new Route(template, Pattern.compile(toRegex(template))));
            }
            // A literal path (/api/v1/events.csv) before a templated one that could also match it.
            read.sort(Comparator.comparingInt(route -> route.template().split("\\{", -1).length));
            routes = read;
            document = loaded;
        }
        return loaded;
    }

    private static String toRegex(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return regex.toString();
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private record Route(String template, Pattern pattern) {
    }
}
