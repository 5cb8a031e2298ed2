package org.beloved.app.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import org.beloved.BelovedApplication;
import org.beloved.app.HttpFixtures;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** With no admin token configured, the admin API does not exist. */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class AdminApiOffTest {

    @LocalServerPort
    int port;

    @Test
    void theAdminApiIs404() {
        assertThat(HttpFixtures.postJson(port, "/api/admin/webinars", "{}").statusCode()).isEqualTo(404);
    }
}
