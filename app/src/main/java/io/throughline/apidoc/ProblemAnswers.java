package io.throughline.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * Documents how every operation can refuse: with {@code application/problem+json} in one {@code ProblemDetail} schema
 * (RFC 9457 with the service's own properties: the {@code field} at fault, the {@code rule} broken, the
 * {@code currentVersion} after a stale If-Match), as io.throughline.command.web.ApiExceptionHandler, the accounts and
 * the request limits answer. Each operation lists the refusals its shape allows (a body can be unreadable or too
 * large, a path can name nothing), and 4XX stands for the rest (403, 409, 422).
 */
@Component
class ProblemAnswers implements OpenApiCustomizer {

    static final String SCHEMA = "ProblemDetail";
    private static final String MEDIA_TYPE = "application/problem+json";

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(SCHEMA, problemDetail());
        api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses();
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            if (!parameters.isEmpty() || operation.getRequestBody() != null) {
                responses.addApiResponse("400", problem("A parameter or a field of the body is missing, unreadable or "
                        + "beyond the limits; field names it"));
            }
            responses.addApiResponse("401", problem("Not signed in: no credentials, or wrong ones"));
            if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
                responses.addApiResponse("404", problem("What the path names does not exist"));
            }
            if (parameters.stream().anyMatch(parameter -> HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()))) {
                responses.addApiResponse("412", problem("Changed since the version If-Match names; currentVersion "
                        + "(and the ETag) says which it is now: read it again and retry"));
            }
            if (operation.getRequestBody() != null) {
                responses.addApiResponse("413", problem("The body is larger than the limit"));
            }
            responses.addApiResponse("429", problem("Too many failed sign-ins of this account or from this address: "
                    + "Retry-After says when to try again"));
            responses.addApiResponse("503", problem(method == PathItem.HttpMethod.GET
                    ? "The database cannot be reached for the moment: send again after Retry-After seconds"
                    : "Busy taking in changes, or the database cannot be reached: most likely nothing was stored; send "
                    + "again after Retry-After seconds (with the same Idempotency-Key)"));
            responses.addApiResponse("4XX", problem(method == PathItem.HttpMethod.GET
                    ? "Refused otherwise: 403 not allowed to read this"
                    : "Refused otherwise: 403 not allowed, 409 conflicts with the current state (or changes nothing), "
                    + "422 breaks a rule (rule names it)"));
        }));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(MEDIA_TYPE,
                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + SCHEMA))));
    }

    /** Spring's ProblemDetail as it writes it, its extra properties at the top level. */
    private static Schema<?> problemDetail() {
        return new JsonSchema().typesItem("object")
                .description("Why a request was refused (RFC 9457)")
                .addProperty("type", text("about:blank: status and title say what kind of refusal").format("uri"))
                .addProperty("title", text("The kind of refusal, such as \"Breaks a rule\""))
                .addProperty("status", new JsonSchema().typesItem("integer").format("int32")
                        .description("The HTTP status")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text("What was wrong, in words"))
                .addProperty("instance", text("The request's path").format("uri-reference"))
                .addProperty("field", text("The field or parameter at fault, in the terms of the request, such as "
                        + "priorityUpdates[1].comment"))
                .addProperty("rule", text("The id of the rule the request breaks, where one does"))
                .addProperty("currentVersion", new JsonSchema().typesItem("integer").format("int64")
                        .description("With 412: the version now"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> text(String description) {
        return new JsonSchema().typesItem("string").description(description);
    }
}
