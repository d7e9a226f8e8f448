package io.throughline.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.throughline.kernel.Limits;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API document's head: its version (the build's), its licence, where the API is, and how to sign in, so that
 * Swagger UI's "Authorize" works with a password or a token. {@link ProblemAnswers}, {@link RequestLimits} and
 * {@link TextValueSchemas} shape the rest.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PASSWORD = "password";
    private static final String TOKEN = "token";
    /** What every write is held to (io.throughline.kernel.Limits); a request beyond them is refused with 400 or 413. */
    private static final String LIMITS = "Limits: a body of at most " + Limits.BODY_BYTES / 1024 + " KiB; ids of at "
            + "most " + Limits.ID_LENGTH + " characters, names and titles " + Limits.NAME_LENGTH + ", any other text "
            + Limits.TEXT_LENGTH + ", without control characters but tab and line breaks; lists of at most "
            + Limits.LIST_SIZE + " entries; numbers below " + Limits.NUMBER_BOUND.toPlainString() + " in magnitude "
            + "with at most " + Limits.NUMBER_DECIMALS + " decimals; dates from " + Limits.EARLIEST_DATE + " to "
            + Limits.LATEST_DATE + "; fields the request does not have are refused. The request schemas state the "
            + "same limits as maxLength, pattern, maxItems and bounds.";

    /** @param build what Maven built: spring-boot-maven-plugin's build-info, in the jar and in every test run */
    @Bean
    OpenAPI throughlineApi(BuildProperties build) {
        return new OpenAPI(SpecVersion.V31)
                .info(new Info().title("Throughline").version(build.getVersion())
                        .description("Plans, priorities, KPIs and their audit trail. Sign in with HTTP Basic or a "
                                + "personal access token (POST /api/me/tokens). " + LIMITS)
                        // The project publishes no open-source licence; SPDX's LicenseRef- names one off its list.
                        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
                // Relative: the document is right wherever the service is reached, directly or behind the proxy.
                .addServersItem(new Server().url("/").description("The service that served this document"))
                .components(new Components()
                        .addSecuritySchemes(PASSWORD, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                // Either one: two requirements, not one requirement naming both.
                .addSecurityItem(new SecurityRequirement().addList(PASSWORD))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
