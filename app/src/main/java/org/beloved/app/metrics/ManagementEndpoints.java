package org.beloved.app.metrics;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Which actuator endpoints the web sees. By default the actuator shares the app's port and shows
 * {@code /actuator/health} only (Spring Boot's default exposure): the public port never serves
 * metrics. With {@code management.server.port} set to a port of its own, the actuator moves there,
 * listens on 127.0.0.1 only and also shows {@code /actuator/info} and {@code /actuator/prometheus}.
 * These are defaults of the lowest precedence: an explicit {@code management.server.address} (such
 * as 0.0.0.0 for a Prometheus on another host) or {@code management.endpoints.web.exposure.include} wins.
 */
public class ManagementEndpoints implements EnvironmentPostProcessor {

    static final String EXPOSED_ON_THE_MANAGEMENT_PORT = "health,info,prometheus";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // A port of its own, as Spring Boot decides it: set, not -1 (off) and not the app's (0: any free one).
        if (ManagementPortType.get(environment) == ManagementPortType.DIFFERENT) {
            environment.getPropertySources().addLast(new MapPropertySource("beloved-management-endpoints",
                    Map.of("management.endpoints.web.exposure.include", EXPOSED_ON_THE_MANAGEMENT_PORT,
                            "management.server.address", "127.0.0.1")));
        }
    }
}
