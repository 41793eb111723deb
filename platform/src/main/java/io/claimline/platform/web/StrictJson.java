package io.claimline.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * How the API reads request bodies: exactly the documented shapes, nothing a lenient parser would guess. Duplicate
 * keys, anything after the first value, unknown fields, numbers or booleans where text belongs, dates as arrays or
 * date-times, and text with a lone surrogate (which would be stored as '?') are all refused (400). Only the HTTP
 * reader is strict; Axon's stored events and Kafka payloads keep their own mappers.
 */
public final class StrictJson {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StrictJson() {
    }

    public static ObjectMapper of(ObjectMapper base) {
        ObjectMapper strict = base.copy()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("claimline-strict-json");
        module.addDeserializer(String.class, new WellFormedText());
        module.addDeserializer(LocalDate.class, new IsoDate());
        strict.registerModule(module);
        return strict;
    }

    /** Text as sent, refused when it holds a surrogate without its pair (not Unicode, and lost on storage). */
    static final class WellFormedText extends StdScalarDeserializer<String> {

        WellFormedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return (String) context.handleWeirdStringValue(String.class, "[redacted]",
                            "text holds an unpaired surrogate");
                }
            }
            return text;
        }
    }

    /** A calendar date is {@code yyyy-MM-dd} and nothing else: no arrays, no times, no time zones. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && ISO_DATE.matcher(parser.getText()).matches()) {
                try {
                    return LocalDate.parse(parser.getText());
                } catch (DateTimeParseException e) {
                    // falls through to the refusal below: a date that does not exist
                }
            }
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser.currentToken(), parser,
                    "a date is a string yyyy-MM-dd");
        }
    }
}
