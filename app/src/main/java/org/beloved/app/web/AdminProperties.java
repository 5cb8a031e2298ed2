package org.beloved.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code beloved.admin.*}.
 *
 * @param token the bearer token of the admin HTTP API ({@code /api/admin/...}); unset, the admin API is off (404)
 */
@ConfigurationProperties("beloved.admin")
public record AdminProperties(String token) {

    boolean enabled() {
        return token != null && !token.isBlank();
    }
}
