package org.beloved.app.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the HTTP API at {@code /v3/api-docs}, browsable at {@code /api-docs}
 * (springdoc, settings in application.yml). It covers what programs call: the public JSON API
 * ({@code /api/...}), the webinars' calendar feed and the admin API ({@code /api/admin/...}), whose
 * operations require the {@value #BEARER} scheme ({@code beloved.admin.token}). Pages (the home page,
 * the toolkit and its PDF) are for browsers and Twilio's webhooks ({@code /sms/...}) follow Twilio's
 * contract, so neither is described here.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String BEARER = "admin-token";
    static final String ADMIN_PATHS = "/api/admin/";

    @Bean
    OpenApiCustomizer belovedApiDescription(ObjectProvider<BuildProperties> build) {
        return api -> {
            BuildProperties properties = build.getIfAvailable();
            api.info(new Info().title("Beloved")
                    .description("Partners near a ZIP code, congregation sign-up, webinars, the chat simulator, and the"
                            + " organizers' admin API (Bearer token: beloved.admin.token; off, 404, without one).")
                    .version(properties != null ? properties.getVersion() : "dev")
                    .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
            if (api.getComponents() == null) {
                api.components(new Components());
            }
            api.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").description("Authorization: Bearer <beloved.admin.token>"));
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> {
                    if (path.startsWith(ADMIN_PATHS)) {
                        item.readOperations().forEach(operation ->
                                operation.addSecurityItem(new SecurityRequirement().addList(BEARER)));
                    }
                });
            }
        };
    }
}
