package org.beloved.app.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.beloved.BelovedApplication;
import org.beloved.app.HttpFixtures;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The state table's pages over real HTTP: every state, one state, Spanish, and a 404 for a code that is none. */
@SpringBootTest(classes = BelovedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class StatePagesTest {

    @LocalServerPort
    int port;

    @Test
    void theTableListsEveryStateWithStance287gLawsAndDatedSources() {
        HttpResponse<String> page = HttpFixtures.get(port, "/toolkit/states");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"", "<h1>State laws on jails and ICE</h1>",
                "href=\"/toolkit/states/TX?lang=en\">Texas</a>", "Requires cooperation", "Limits cooperation",
                "Required by state law", "Forbidden by state law",
                "SB 8 (2025): every sheriff who runs a jail must ask for and enter a 287(g) agreement",
                "href=\"https://capitol.texas.gov/tlodocs/89R/billtext/html/SB00008F.htm\"", "<time>2025-06-20</time>",
                "href=\"/toolkit/states?lang=es\"", "This is not legal advice.");
        assertThat(page.body().indexOf("id=\"CA\"")).isLessThan(page.body().indexOf("id=\"TX\""));
    }

    @Test
    void spanishWithLangEs() {
        HttpResponse<String> page = HttpFixtures.get(port, "/toolkit/states?lang=es");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"es\"", "<h1>Leyes estatales sobre las cárceles e ICE</h1>",
                ">Nueva Jersey</a>", "Obliga a colaborar", "Limita la colaboración",
                "SB 4 (2017): las cárceles deben cumplir las solicitudes de retención de ICE", "Esto no es asesoría legal.");
    }

    @Test
    void oneStateByItsCodeInAnyCase() {
        HttpResponse<String> page = HttpFixtures.get(port, "/toolkit/states/tx");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Texas</h1>", "Requires cooperation", "Required by state law",
                "SB 4 (2017): jails must honor ICE detainers", "Last reviewed: 2026-11-30",
                "href=\"/toolkit/states?lang=en\"", "href=\"/toolkit/states/TX?lang=es\"")
                .doesNotContain("California");
        assertThat(HttpFixtures.get(port, "/toolkit/states/CA?lang=es").body()).contains("<h1>California</h1>",
                "Limita la colaboración", "Prohibido por ley estatal", "Última revisión: 2026-11-30");
    }

    @Test
    void anUnknownCodeIs404() {
        assertThat(HttpFixtures.get(port, "/toolkit/states/ZZ").statusCode()).isEqualTo(404);
        assertThat(HttpFixtures.get(port, "/toolkit/states/texas").statusCode()).isEqualTo(404);
    }

    @Test
    void theToolkitIndexLinksToTheTable() {
        assertThat(HttpFixtures.get(port, "/toolkit?lang=es").body()).contains("href=\"/toolkit/states?lang=es\"",
                "Leyes estatales, estado por estado");
    }
}
