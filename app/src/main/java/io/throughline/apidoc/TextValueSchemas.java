package io.throughline.apidoc;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.throughline.kernel.Limits;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.TextValue;
import io.throughline.kernel.metric.Period;
import org.springframework.stereotype.Component;

import java.util.Iterator;

/**
 * Ids, quarters and periods ({@link TextValue}) as the plain strings the API reads and writes (io.throughline.json),
 * not as the records they are in Java: an id holds 1 to {@link Limits#ID_LENGTH} characters, a quarter and a period
 * match their notation.
 */
@Component
class TextValueSchemas implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (TextValue.class.isAssignableFrom(raw)) {
            return schemaOf(raw);
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    private static Schema<?> schemaOf(Class<?> textValue) {
        Schema<?> text = new JsonSchema().typesItem("string");
        if (textValue == Quarter.class) {
            return text.pattern("^(" + Quarter.PATTERN + ")$").description("A calendar quarter, such as 2026-Q4");
        }
        if (textValue == Period.class) {
            return text.pattern("^(" + Period.PATTERN + ")$")
                    .description("An ISO week (2026-W47), a month (2026-11) or a quarter (2026-Q4)");
        }
        return text.minLength(1).maxLength(Limits.ID_LENGTH).pattern(Limits.TEXT_PATTERN);
    }
}
