package org.beloved.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.app.HttpFixtures.get;

import java.net.http.HttpResponse;
import org.beloved.BelovedApplication;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Without {@code management.server.port}: the actuator on the app's port, health only; no metrics, no info. */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class ActuatorDefaultsTest {

    @LocalServerPort
    int port;

    @Test
    void theAppPortServesHealthButNoMetrics() {
        HttpResponse<String> health = get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator/env"}) {
            assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
        }
    }
}
