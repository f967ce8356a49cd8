package org.chancery.common.api;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The schemas of the API's records say what the records say: a component marked
 * {@link Nullable} may be {@code null} in the JSON (its type includes {@code "null"}), every
 * other one is required. The records are the single source of both.
 */
@Component
class RecordSchemas implements ModelConverter {

    private static final String REF_PREFIX = "#/components/schemas/";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (resolved == null || type.getType() == null) {
            return resolved;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (!raw.isRecord() || !raw.getPackageName().startsWith("org.chancery")) {
            return resolved;
        }
        Schema model = resolved;
        if (resolved.get$ref() != null && resolved.get$ref().startsWith(REF_PREFIX)) {
            model = context.getDefinedModels().get(resolved.get$ref().substring(REF_PREFIX.length()));
        }
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = component.getName();
            Schema property = (Schema) model.getProperties().get(name);
            if (property == null) {
                continue;
            }
            if (component.getType() == JsonNode.class) {
                // A value before or after a change, a snapshot: any JSON at all, null too.
                model.getProperties().put(name, new JsonSchema().description(property.getDescription() == null
                        ? "any JSON value" : property.getDescription()));
                required.add(name);
            } else if (component.getAnnotatedType().isAnnotationPresent(Nullable.class) || component.isAnnotationPresent(Nullable.class)) {
                model.getProperties().put(name, orNull(property));
            } else {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            model.setRequired(required);
        }
        return resolved;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema orNull(Schema property) {
        if (property.get$ref() != null || property.getAllOf() != null || property.getOneOf() != null) {
            Schema nullable = new JsonSchema().anyOf(List.of(property, new JsonSchema().typesItem("null")));
            nullable.setDescription(property.getDescription());
            property.setDescription(null);
            return nullable;
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        }
        if (property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty()) {
            return property;
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.addEnumItemObject(null);
        }
        return property;
    }
}
