package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsForSmsTest {

    @Test
    void gsmTwinsReplaceCharactersThatForceUcs2() {
        String curly = "It’s “here” – now…";
        assertThat(Segments.encoding(curly)).isEqualTo(Segments.Encoding.UCS2);
        assertThat(GsmText.twins(curly)).isEqualTo("It's \"here\" - now...");
        assertThat(Segments.encoding(GsmText.twins(curly))).isEqualTo(Segments.Encoding.GSM7);
        assertThat(GsmText.twins("Está aquí")).isEqualTo("Está aquí");
    }

    @Test
    void everySmsSentenceExistsInBothLanguagesAndEnglishIsGsm7() throws Exception {
        Properties en = load("i18n/sms_en.properties");
        Properties es = load("i18n/sms_es.properties");
        assertThat(en.stringPropertyNames()).isNotEmpty().isEqualTo(es.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(Segments.encoding(en.getProperty(key))).as(key).isEqualTo(Segments.Encoding.GSM7);
        }
        for (String key : List.of("sms.more", "sms.carrier-help", "sms.stopped")) {
            assertThat(Segments.encoding(es.getProperty(key))).as(key).isEqualTo(Segments.Encoding.GSM7);
        }
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = TextsForSmsTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
