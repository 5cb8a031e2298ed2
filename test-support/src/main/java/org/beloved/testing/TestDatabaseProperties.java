package org.beloved.testing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring application context at the {@link TestDatabase}, as {@code SPRING_DATASOURCE_URL}
 * would point the real application at an external server. An embedded server stops at JVM exit only
 * once such contexts are closed (see {@code TestDatabase}).
 */
public class TestDatabaseProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", TestDatabase.jdbcUrl());
        if (TestDatabase.username() != null) {
            properties.put("spring.datasource.username", TestDatabase.username());
        }
        if (TestDatabase.password() != null) {
            properties.put("spring.datasource.password", TestDatabase.password());
        }
        // TestDatabase has already run every module's migrations on this classpath, as the application would.
        properties.put("spring.flyway.enabled", "false");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
        TestDatabase.usedBy(context);
    }
}
