package org.beloved.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every Spanish text of every module (web, Discord, SMS and the core bundles, as the running app
 * loads them) speaks to the reader as tú: no usted, ustedes or usted imperatives.
 */
class OneSpanishVoiceTest {

    private static final Pattern USTED = Pattern.compile(
            "(?iu)\\bustede?s?\\b"
                    + "|\\b(Escriba|Envíe|Responda|Visite|Elija|Ingrese|Llame|Pulse|Léala|Descárguela|Regístrese|Suscríbase)\\b"
                    + "|\\b(su|sus) (número|correo|teléfono|código postal|idioma|zona horaria|datos|suscripción)\\b");

    @Test
    void everySpanishBundleSpeaksAsTu() throws Exception {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_es.properties");
        List<String> names = new ArrayList<>();
        List<String> usted = new ArrayList<>();
        for (Resource bundle : bundles) {
            names.add(bundle.getFilename());
            Properties texts = new Properties();
            try (var in = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            texts.stringPropertyNames().stream()
                    .filter(key -> USTED.matcher(texts.getProperty(key)).find())
                    .forEach(key -> usted.add(bundle.getFilename() + " " + key + "=" + texts.getProperty(key)));
        }
        assertThat(names).contains("web_es.properties", "discord_es.properties", "sms_es.properties",
                "conversation_es.properties", "directory_es.properties", "toolkit_es.properties",
                "webinars_es.properties", "organizers_es.properties", "messaging_es.properties");
        assertThat(usted).isEmpty();
    }

    @Test
    void theScanRecognisesUsted() {
        assertThat(USTED.matcher("Escriba su número, por favor.").find()).isTrue();
        assertThat(USTED.matcher("Si usted quiere, responde SI.").find()).isTrue();
        assertThat(USTED.matcher("Léela aquí o escribe tu código postal.").find()).isFalse();
    }
}
