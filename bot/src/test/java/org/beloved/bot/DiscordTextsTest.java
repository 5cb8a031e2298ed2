package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.beloved.shared.Language;
import org.beloved.shared.TextBundle;
import org.beloved.shared.Texts;
import org.junit.jupiter.api.Test;

class DiscordTextsTest {

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = DiscordTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void statsCountsSubscribersInProperPlurals() {
        TextBundle discord = () -> "i18n/discord";
        Texts texts = new Texts(List.of(discord));
        assertThat(texts.get(Language.EN, "stats.webinar", "Vigil", "Dec 8", 0L, "2")).contains("reach no subscribers;");
        assertThat(texts.get(Language.EN, "stats.webinar", "Vigil", "Dec 8", 1L, "2")).contains("reach 1 subscriber;");
        assertThat(texts.get(Language.EN, "stats.webinar", "Vigil", "Dec 8", 1234L, "2")).contains("reach 1,234 subscribers;");
        assertThat(texts.get(Language.ES, "stats.webinar", "Vigilia", "8 dic", 0L, "2")).contains("llegan a ningún suscriptor;");
        assertThat(texts.get(Language.ES, "stats.webinar", "Vigilia", "8 dic", 1L, "2")).contains("llegan a 1 suscriptor;");
        assertThat(texts.get(Language.ES, "stats.webinar", "Vigilia", "8 dic", 7L, "2")).contains("llegan a 7 suscriptores;")
                .doesNotContain("(es)");
    }

    @Test
    void everySentenceExistsInBothLanguagesAndDescriptionsAndLabelsFitDiscord() throws Exception {
        Properties en = load("i18n/discord_en.properties");
        Properties es = load("i18n/discord_es.properties");
        Set<String> spanishWithoutNames = es.stringPropertyNames().stream()
                .filter(k -> !k.endsWith(".name")).collect(Collectors.toSet());
        assertThat(en.stringPropertyNames()).isNotEmpty().isEqualTo(spanishWithoutNames);
        for (Properties p : List.of(en, es)) {
            p.stringPropertyNames().stream().filter(k -> k.endsWith("description") || k.endsWith("option"))
                    .forEach(k -> assertThat(p.getProperty(k)).as(k).hasSizeBetween(1, 100));
            p.stringPropertyNames().stream().filter(k -> k.endsWith(".label") || k.startsWith("webinar.modal."))
                    .forEach(k -> assertThat(p.getProperty(k)).as(k).hasSizeBetween(1, 45));
            p.stringPropertyNames().stream().filter(k -> k.endsWith(".name"))
                    .forEach(k -> assertThat(p.getProperty(k)).as(k).matches("[\\p{Ll}\\p{N}_-]{1,32}"));
        }
    }

    @Test
    void timesAreDiscordTimestamps() {
        Instant start = Instant.parse("2026-12-09T01:00:00Z");
        assertThat(DiscordTime.full(start)).isEqualTo("<t:1796778000:F>");
        assertThat(DiscordTime.relative(start)).isEqualTo("<t:1796778000:R>");
    }

    @Test
    void componentIdsEncodeWhatTheyActOnAndWhoseTheyAre() {
        ComponentId id = ComponentId.of("remind", "webinar", "42").ownedBy("123");
        assertThat(id.encode()).isEqualTo("remind:webinar:42@123");
        assertThat(ComponentId.parse("remind:webinar:42@123")).contains(id);
        assertThat(ComponentId.parse("remind:webinar:42")).get().extracting(ComponentId::owner).isNull();
        assertThat(ComponentId.parse("")).isEmpty();
        assertThat(ComponentId.parse("a::b")).isEmpty();
    }
}
