package org.beloved.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bot sentence exists in English and Spanish, and bot text avoids needless UCS-2 characters. */
class TextsTest {

    private static final Pattern UCS2_TWINS = Pattern.compile("[\u2018\u2019\u201C\u201D\u2013\u2014\u2026]");

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = TextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/conversation", "i18n/directory", "i18n/counties"})
    void everyKeyExistsInBothLanguages(String basename) throws IOException {
        Properties en = load(basename + "_en.properties");
        Properties es = load(basename + "_es.properties");
        assertThat(en.stringPropertyNames()).isNotEmpty().isEqualTo(es.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).as(key).isNotBlank().doesNotContainPattern(UCS2_TWINS);
            assertThat(es.getProperty(key)).as(key).isNotBlank().doesNotContainPattern(UCS2_TWINS);
        }
    }
}
