package org.beloved.app.webinars;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code beloved.admin.*}.
 *
 * @param token the bearer token of the admin HTTP API; unset, the admin API is off (404)
 */
@ConfigurationProperties("beloved.admin")
public record AdminProperties(String token) {

    boolean enabled() {
        return token != null && !token.isBlank();
    }
}
