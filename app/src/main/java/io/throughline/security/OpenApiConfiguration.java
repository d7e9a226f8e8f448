package io.throughline.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API document names how to sign in, so that Swagger UI's "Authorize" works with a password or a token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PASSWORD = "password";
    private static final String TOKEN = "token";

    @Bean
    OpenAPI throughlineApi() {
        return new OpenAPI()
                .info(new Info().title("Throughline").description("Plans, priorities, KPIs and their audit trail. "
                        + "Sign in with HTTP Basic or a personal access token (POST /api/me/tokens)."))
                .components(new Components()
                        .addSecuritySchemes(PASSWORD, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                // Either one: two requirements, not one requirement naming both.
                .addSecurityItem(new SecurityRequirement().addList(PASSWORD))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
