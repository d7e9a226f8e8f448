package io.throughline.query.team;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.throughline.kernel.plan.PlanAsOf;
import io.throughline.kernel.plan.TeamPlan;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.jackson.JsonMixin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A team's plan is answered in one of two shapes, {@link TeamPlan} (now) or {@link PlanAsOf} (at an instant): each
 * carries {@value #PROPERTY}, its schema's name, so that a client tells them apart without guessing from the fields
 * they share. The API document names it as the answer's discriminator. Only the API's JSON carries it: the kernel's
 * records and their stored form are unchanged.
 */
@Configuration(proxyBeanMethods = false)
class PlanKind {

    static final String PROPERTY = "kind";
    private static final List<Class<?>> SHAPES = List.of(TeamPlan.class, PlanAsOf.class);

    @JsonMixin({TeamPlan.class, PlanAsOf.class})
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = PROPERTY)
    abstract static class Named {
    }

    /**
     * The shapes' schemas, which springdoc reads from the records, gain the property with its one value; an answer
     * that is one of them (oneOf) gains the discriminator. (springdoc drops a discriminator given in @Schema.)
     */
    @Bean
    OpenApiCustomizer planKindInTheDocument() {
        return api -> {
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            Discriminator discriminator = new Discriminator().propertyName(PROPERTY);
            for (Class<?> shape : SHAPES) {
                Schema<?> schema = schemas.get(shape.getSimpleName());
                schema.addProperty(PROPERTY, new JsonSchema().typesItem("string")._const(shape.getSimpleName())
                        .description("Which of the plan's shapes this is"));
                if (schema.getRequired() == null || !schema.getRequired().contains(PROPERTY)) {
                    schema.addRequiredItem(PROPERTY);
                }
                discriminator.mapping(shape.getSimpleName(), refTo(shape));
            }
            List<String> alternatives = SHAPES.stream().map(PlanKind::refTo).toList();
            api.getPaths().values().stream()
                    .flatMap(path -> path.readOperations().stream())
                    .flatMap(operation -> operation.getResponses().values().stream())
                    .filter(response -> response.getContent() != null)
                    .flatMap(response -> response.getContent().values().stream())
                    .map(MediaType::getSchema).filter(Objects::nonNull)
                    .filter(answer -> isOneOf(answer, alternatives))
                    .forEach(answer -> answer.setDiscriminator(discriminator));
        };
    }

    private static boolean isOneOf(Schema<?> answer, List<String> alternatives) {
        List<Schema> oneOf = answer.getOneOf();
        return oneOf != null && oneOf.stream().map(Schema::get$ref).toList().equals(alternatives);
    }

    private static String refTo(Class<?> shape) {
        return "#/components/schemas/" + shape.getSimpleName();
    }
}
