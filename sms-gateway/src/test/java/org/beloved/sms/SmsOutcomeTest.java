package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.beloved.messaging.Delivery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each kind of Twilio error answer means for a reminder: never again, not known, or try later. */
class SmsOutcomeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "400, 21211, REFUSED",   // not a valid number
        "400, 21610, REFUSED",   // the person texted STOP
        "400, 21614, REFUSED",   // not a mobile number
        "500, 20500, UNKNOWN",   // Twilio's own error: it may have taken the message
        "502, none, UNKNOWN",
        "504, none, UNKNOWN",
        "503, 20503, FAILED",    // down for now: try again later
        "429, 20429, FAILED",    // too many requests
        "401, 20003, FAILED",    // a rotated auth token being fixed: not the recipient's fault
        "400, 21606, FAILED"})   // the From number is not set up for this: an organizer's fix
    void errorAnswers(int status, Integer code, Delivery.Status outcome) {
        assertThat(SmsChannel.outcomeOf(status, code)).isEqualTo(outcome);
    }
}
