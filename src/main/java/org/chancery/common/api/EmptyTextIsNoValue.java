package org.chancery.common.api;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * {@code "publishedOn": ""} is not a date, and is refused naming the field, rather than read
 * as "no date" (which is {@code null}, or the field left out). The same for other values
 * that are not text: enumerations, numbers.
 */
@Component
class EmptyTextIsNoValue implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        for (LogicalType type : new LogicalType[] {LogicalType.DateTime, LogicalType.Enum, LogicalType.Integer,
                LogicalType.Float, LogicalType.Boolean}) {
            builder.withCoercionConfig(type, config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        }
    }
}
