package io.claimline.platform.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Field;
import java.util.Iterator;

/**
 * Keeps a string property's {@code @Schema(example = ...)} a string in the API document. For OpenAPI 3.1
 * swagger-core reads examples as JSON, leniently: an NPI example {@code "1234567893"} became the number 1234567893
 * and {@code "100 Main Street"} the number 100, so clients (and the role-matrix check, which sends the examples)
 * got bodies the strict JSON reading refuses. Once a class's model is resolved, its string properties get their
 * annotation's own text back, and so do the items of a list of strings annotated with {@code @ArraySchema}.
 */
public class StringExamples implements ModelConverter {

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        Schema<?> model = resolved;
        if (resolved != null && resolved.get$ref() != null && context.getDefinedModels() != null) {
            model = context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        }
        if (model == null || model.getProperties() == null || raw.getName().startsWith("java.")) {
            return resolved;
        }
        for (Field field : raw.getDeclaredFields()) {
            var annotation = field.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            Schema<?> property = model.getProperties().get(field.getName());
            if (annotation != null && !annotation.example().isEmpty() && property != null && isString(property)) {
                property.setExample(annotation.example());
            }
            // A list of strings (modifiers ["25"]) keeps its items' example a string too.
            var array = field.getAnnotation(io.swagger.v3.oas.annotations.media.ArraySchema.class);
            if (array != null && !array.schema().example().isEmpty() && property != null
                    && property.getItems() != null && isString(property.getItems())) {
                property.getItems().setExample(array.schema().example());
            }
        }
        return resolved;
    }

    private static boolean isString(Schema<?> property) {
        return "string".equals(property.getType())
                || (property.getTypes() != null && property.getTypes().contains("string"));
    }
}
