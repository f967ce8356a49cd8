package org.chancery.common.api;

import org.chancery.common.NumberAsText;

import org.chancery.common.boundary.ReadableText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in request bodies is text the record can keep: a JSON string without NUL, control
 * characters or lone surrogates ({@link ReadableText}), and a JSON string, not a number or a
 * boolean, except where a field says it takes a number ({@link NumberAsText}). A refusal
 * names the field, like any field that cannot be read.
 */
@Component
class ReadableTextModule extends SimpleModule {

    ReadableTextModule() {
        super("chancery-readable-text");
        addDeserializer(String.class, new ReadableStringDeserializer(false));
    }

    /** A value that is not text the record keeps, with what is wrong with it in words for the caller. */
    static final class UnreadableTextException extends InvalidFormatException {

        private final String reason;

        UnreadableTextException(JsonParser parser, String reason, Object value) {
            super(parser, reason, value, String.class);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    private static final class ReadableStringDeserializer extends StdDeserializer<String> {

        private final boolean numbersAllowed;

        ReadableStringDeserializer(boolean numbersAllowed) {
            super(String.class);
            this.numbersAllowed = numbersAllowed;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, @Nullable BeanProperty property) {
            boolean allowed = property != null && property.getAnnotation(NumberAsText.class) != null;
            return allowed == numbersAllowed ? this : new ReadableStringDeserializer(allowed);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (!numbersAllowed && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                    || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE)) {
                throw new UnreadableTextException(parser, "must be a JSON string", parser.getString());
            }
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                ReadableText.problem(text).ifPresent(reason -> {
                    throw new UnreadableTextException(parser, reason, text);
                });
            }
            return text;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }
    }
}
