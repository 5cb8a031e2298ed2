package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.beloved.alerts.AlertDraft;
import org.beloved.alerts.AlertReport;
import org.beloved.alerts.AlertResult;
import org.beloved.alerts.Alerts;
import org.beloved.messaging.Outbox;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An urgent alert's report after people change their minds between the send and the dispatch: the
 * one still opted in gets it; the one who texted STOP and the one who texted ALERTS OFF are counted
 * as refused, and nothing goes to them.
 */
class AlertReportBySmsTest extends SmsWebTest {

    private static final String STAYS = "+13125550901";
    private static final String STOPS = "+13125550902";
    private static final String TURNS_OFF = "+13125550903";

    @Autowired
    Alerts alerts;

    @Autowired
    Outbox outbox;

    @BeforeEach
    void twilioAccepts() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
    }

    private void text(String from, String body) {
        assertThat(TwilioWebhooks.signedPost(port, "/sms/inbound", TwilioWebhooks.sms("SM%032d".formatted(System.nanoTime()),
                from, body)).statusCode()).isEqualTo(200);
    }

    @Test
    void stopAndAlertsOffAfterTheSendAreRefusedAndGetNothing() {
        for (String number : List.of(STAYS, STOPS, TURNS_OFF)) {
            text(number, "ALERTS 60614");
        }
        AlertResult.Drafted drafted = (AlertResult.Drafted) alerts.draft(new AlertDraft("ICE at the county jail now.",
                "ICE en la cárcel del condado ahora.", List.of("17031"), null, null, List.of("sms"), true), "test");
        assertThat(drafted.alert().preview().recipients()).isEqualTo(3);
        assertThat(alerts.send(drafted.alert().id()).orElseThrow().alert().enqueued()).isEqualTo(3);

        text(STOPS, "STOP");
        text(TURNS_OFF, "ALERTS OFF");
        while (outbox.dispatchOne()) {
            // one message per call
        }

        AlertReport report = alerts.report(drafted.alert().id()).orElseThrow();
        assertThat(List.of(report.sent(), report.refused(), report.failed(), report.waiting())).containsExactly(1L, 2L, 0L, 0L);
        assertThat(TWILIO.accepted()).singleElement().satisfies(a -> {
            assertThat(a.to()).isEqualTo(STAYS);
            assertThat(a.body()).isEqualTo("ICE at the county jail now.\nText ALERTS OFF to stop alerts.");
        });
    }
}
