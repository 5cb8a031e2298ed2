package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.InboundSmsTest.messages;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ALERTS / ALERTAS and ALERTS OFF / ALERTAS NO through the real, signed webhook: one step with a ZIP
 * given or searched, one question without; the answers say what comes and how to stop; DELETE MY
 * DATA erases the opt-in. Every alerts text, in both languages, fits the pager unbroken.
 */
class AlertsBySmsTest extends SmsWebTest {

    private static final String TEXTER = "+13125550701";
    private static final AtomicInteger SIDS = new AtomicInteger(19000);
    private static final int BUDGET = 3;

    @Autowired
    Texts texts;

    private String say(String body) {
        return say(TEXTER, body);
    }

    private String say(String from, String body) {
        List<String> reply = messages(TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), from, body)));
        assertThat(reply).as("reply to %s", body).hasSize(1);
        return reply.get(0);
    }

    private static String subscription(String address) {
        return db().sql("select zip || ' ' || language || ' ' || time_zone from alert_subscriber where channel = 'SMS'"
                + " and address = ?").param(address).query(String.class).optional().orElse("none");
    }

    @Test
    void alertsWithAZipOptsInInOneStepAndSaysWhatComesAndHowToStop() {
        assertThat(say("ALERTS 60614")).isEqualTo("Action alerts are on for Chicago, IL (Cook County): a text when a"
                + " decision there is near, like a county vote or a hearing. Not at night unless urgent. Text ALERTS OFF"
                + " to stop alerts, STOP to stop all texts.");
        assertThat(subscription(TEXTER)).isEqualTo("60614 en America/Chicago");
        assertThat(say("alerts")).startsWith("You already get action alerts for Chicago, IL (Cook County).")
                .contains("ALERTS OFF");
        assertThat(say("ALERTS 85004")).contains("Phoenix, AZ (Maricopa County)");
        assertThat(subscription(TEXTER)).isEqualTo("85004 en America/Phoenix");
        assertThat(say("ALERTS 00901")).contains("Puerto Rico, PR (San Juan Municipio)");
        assertThat(say("ALERTS 00820")).contains("U.S. Virgin Islands, VI (St. Croix)");

        assertThat(say("ALERTS OFF")).isEqualTo("Action alerts are off. Text ALERTS to turn them on again.");
        assertThat(subscription(TEXTER)).isEqualTo("none");
        assertThat(say("ALERTS OFF")).isEqualTo("You were not getting action alerts. Text ALERTS to get them.");
    }

    @Test
    void alertsRightAfterAZipSearchUsesThatZip() {
        assertThat(say("96813")).contains("96813");
        assertThat(say("ALERTS")).startsWith("Action alerts are on for Honolulu, HI");
        assertThat(subscription(TEXTER)).isEqualTo("96813 en Pacific/Honolulu");
    }

    @Test
    void withNoZipKnownItAsksOnceAndTakesTheNextZip() {
        assertThat(say("ALERTS")).isEqualTo("What is your ZIP code? Alerts go to the people of a county or an area.");
        assertThat(say("soon")).contains("5-digit ZIP");
        assertThat(subscription(TEXTER)).isEqualTo("none");
        assertThat(say("my zip is 60614")).startsWith("Action alerts are on for Chicago, IL (Cook County)");
        assertThat(subscription(TEXTER)).isEqualTo("60614 en America/Chicago");
    }

    @Test
    void alertasInSpanishAndAlertasNo() {
        String maria = "+13125550702";
        assertThat(say(maria, "ALERTAS")).isEqualTo("¿Cuál es tu código postal? Las alertas van a la gente de un condado"
                + " o de una zona.");
        assertThat(say(maria, "90012")).startsWith("Alertas activadas para Los Angeles, CA (condado"
                + " de Los Angeles)").contains("ALERTAS NO", "STOP");
        assertThat(subscription(maria)).isEqualTo("90012 es America/Los_Angeles");
        assertThat(say(maria, "ALERTAS 00601")).contains("Puerto Rico, PR (municipio de Adjuntas)");
        assertThat(say(maria, "ALERTAS NO")).isEqualTo("Las alertas de acción están apagadas. Escribe ALERTAS para"
                + " activarlas de nuevo.");
        assertThat(subscription(maria)).isEqualTo("none");
    }

    @Test
    void deleteMyDataErasesTheOptIn() {
        say("ALERTS 60614");
        say("DELETE MY DATA");
        assertThat(say("YES")).contains("your action alerts");
        assertThat(count("select count(*) from alert_subscriber")).isZero();
    }

    @Test
    void stopLeavesTheOptInButNothingWillBeSent() {
        say("ALERTS 60614");
        assertThat(messages(TwilioWebhooks.signedPost(port, "/sms/inbound",
                TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), TEXTER, "STOP")))).isEmpty();
        assertThat(optedOut(TEXTER)).isTrue();
    }

    /** Every alerts text in both languages, with long real values, through the pager: within budget, unbroken. */
    @Test
    void everyAlertsTextInBothLanguagesThroughThePager() throws Exception {
        List<List<String>> keys = new ArrayList<>();
        for (Language language : Language.values()) {
            String more = texts.get(language, "sms.more");
            Properties bundle = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream("i18n/alerts_" + language.code() + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> names = bundle.stringPropertyNames().stream().sorted().toList();
            for (String key : names) {
                String place = texts.get(language, "alerts.place", "Rancho Santa Margarita", "CA", "San Bernardino");
                String text = GsmText.twins(texts.get(language, key, place, "CA", "San Bernardino"));
                assertThat(text).as("%s %s", language, key).doesNotContain("{");
                List<String> sent = Pages.ifOverBudget(List.of(text), BUDGET, more).orElse(List.of(text));
                assertThat(sent).as("%s %s", language, key).hasSize(1);
                assertThat(PageRules.problems(text, sent, BUDGET, more)).as("%s %s", language, key).isEmpty();
            }
            keys.add(names);
        }
        assertThat(keys.get(0)).contains("alerts.on", "alerts.off", "alerts.ask-zip", "alerts.stop-sms")
                .containsExactlyElementsOf(keys.get(1));
    }
}
