package org.chancery.audit;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** One field of a record before and after a change; {@code field} is a dotted path such as {@code date.edtf}. */
public record FieldChange(String field, @Nullable JsonNode before, @Nullable JsonNode after) {
}
