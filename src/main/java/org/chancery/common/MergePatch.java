package org.chancery.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396): a patch is applied to the record's current request form,
 * and the result is read and validated exactly like a full replacement, so a PATCH can
 * never write what a PUT could not.
 */
@Component
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final JsonMapper json;
    private final Validator validator;

    MergePatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * @throws InvalidRequestException if the patched request does not read or validate
     */
    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (!patch.isObject()) {
            throw InvalidRequestException.of("$", "a merge patch is a JSON object");
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        T patched;
        try {
            patched = json.treeToValue(merged, type);
        } catch (JacksonException e) {
            throw InvalidRequestException.of(JsonPaths.of(e), "does not have the expected form");
        }
        validate(patched);
        return patched;
    }

    /**
     * Reads a whole request from a tree, such as an earlier version kept in the history, and
     * validates it.
     *
     * @throws InvalidRequestException if it does not read or validate
     */
    public <T> T read(JsonNode tree, Class<T> type) {
        T request;
        try {
            request = json.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw InvalidRequestException.of(JsonPaths.of(e), "does not have the expected form");
        }
        validate(request);
        return request;
    }

    /**
     * A request as a JSON tree in one normal form (numbers as they read back from text), so that
     * a tree made from a request compares equal to the same request kept in the history.
     */
    public JsonNode tree(Object request) {
        return json.readTree(json.writeValueAsString(request));
    }

    /** Validates a request record, reporting every violation by its path. */
    public <T> void validate(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<InvalidParameter> fields = new ArrayList<>();
            for (ConstraintViolation<T> violation : violations) {
                fields.add(new InvalidParameter(violation.getPropertyPath().toString(), violation.getMessage()));
            }
            fields.sort(java.util.Comparator.comparing(InvalidParameter::name));
            throw new InvalidRequestException(fields);
        }
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : JsonMapper.shared().createObjectNode();
        for (var field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                JsonNode existing = result.get(field.getKey());
                result.set(field.getKey(), merge(existing == null ? JsonMapper.shared().nullNode() : existing, field.getValue()));
            }
        }
        return result;
    }
}
