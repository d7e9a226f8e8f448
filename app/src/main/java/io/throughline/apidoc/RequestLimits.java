package io.throughline.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.throughline.kernel.Limits;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * States the {@link Limits} in the schemas of what clients send, so that a generated client or a form knows them
 * before the service refuses: every field of every request body, however deep, classified as the command side's
 * enforcement classifies it (CommandLimits): a text by its field's name ({@link Limits#textLengthOf}), a list, a
 * number, a date. Ids, quarters and periods get theirs from {@link TextValueSchemas}; a field whose schema already says
 * what it accepts (an enum, a format, a length or a pattern of its own, as the accounts' fields have) is left alone.
 */
@Component
class RequestLimits implements OpenApiCustomizer {

    private static final BigDecimal BOUND = Limits.NUMBER_BOUND.setScale(0);
    private static final BigDecimal SMALLEST_STEP = BigDecimal.ONE.movePointLeft(Limits.NUMBER_DECIMALS);

    @Override
    public void customise(OpenAPI api) {
        Map<String, Schema> components = api.getComponents().getSchemas();
        Set<String> limited = new HashSet<>();
        api.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .map(Operation::getRequestBody).filter(Objects::nonNull)
                .flatMap(body -> body.getContent().values().stream())
                .forEach(media -> limitFields(media.getSchema(), components, limited));
    }

    /** Each component once, though many requests share it (a huddle's updates, a check-in's commitments). */
    private static void limitFields(Schema<?> schema, Map<String, Schema> components, Set<String> limited) {
        Schema<?> object = schema;
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (!limited.add(name)) {
                return;
            }
            object = components.get(name);
        }
        if (object.getProperties() != null) {
            object.getProperties().forEach((field, property) -> limit(field, property, components, limited));
        }
    }

    /** @param field the field's name; for a list's entries, the list's (as for CommandLimits) */
    private static void limit(String field, Schema<?> property, Map<String, Schema> components, Set<String> limited) {
        if (property.get$ref() != null || property.getProperties() != null) {
            limitFields(property, components, limited);
            return;
        }
        switch (String.valueOf(typeOf(property))) {
            case "string" -> limitText(field, property);
            case "number" -> property.exclusiveMinimumValue(BOUND.negate()).exclusiveMaximumValue(BOUND)
                    .multipleOf(SMALLEST_STEP);
            case "array" -> {
                if (property.getMaxItems() == null) {
                    property.setMaxItems(Limits.LIST_SIZE);
                }
                limit(field, property.getItems(), components, limited);
            }
            default -> {
                // Integers, booleans and enums are bounded by their types; their handlers check their ranges.
            }
        }
    }

    private static void limitText(String field, Schema<?> text) {
        if ("date".equals(text.getFormat()) && text.getDescription() == null) {
            text.setDescription("From " + Limits.EARLIEST_DATE + " to " + Limits.LATEST_DATE);
        }
        boolean saysWhatItAccepts = text.getEnum() != null || text.getFormat() != null || text.getPattern() != null
                || text.getMaxLength() != null || text.getMinLength() != null;
        if (!saysWhatItAccepts) {
            text.maxLength(Limits.textLengthOf(field)).pattern(Limits.TEXT_PATTERN);
        }
    }

    /** OpenAPI 3.1 lists a schema's types (a nullable string is string and null); 3.0 names one. */
    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null || schema.getTypes() == null) {
            return schema.getType();
        }
        return schema.getTypes().stream().filter(type -> !"null".equals(type)).findFirst().orElse(null);
    }
}
