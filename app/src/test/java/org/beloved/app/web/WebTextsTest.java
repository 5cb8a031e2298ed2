package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WebTextsTest {

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = WebTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everySentenceOfThePageExistsInBothLanguagesAndTheScriptsFindTheirs() throws Exception {
        Properties en = load("i18n/web_en.properties");
        Properties es = load("i18n/web_es.properties");
        assertThat(en.stringPropertyNames()).isNotEmpty().isEqualTo(es.stringPropertyNames());
        assertThat(en.stringPropertyNames()).containsAll(HomePage.SCRIPT_KEYS);
        es.stringPropertyNames().forEach(k -> assertThat(es.getProperty(k)).as(k).isNotBlank());
    }
}
