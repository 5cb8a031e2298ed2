package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmsPropertiesTest {

    static SmsProperties settings(String accountSid, String token, String service, String from, String publicUrl) {
        return new SmsProperties(accountSid, token, service, from, publicUrl == null ? null : URI.create(publicUrl),
                URI.create("https://api.twilio.com"), true, 3, 30, Duration.ofMinutes(10), null);
    }

    @Test
    void offWithoutAnAuthToken() {
        assertThat(settings(null, null, null, null, null).enabled()).isFalse();
        assertThat(settings(null, " ", null, null, null).enabled()).isFalse();
    }

    @Test
    void onItNeedsTheAccountThePublicUrlAndASender() {
        assertThatThrownBy(() -> settings(null, "token", null, null, null).requireComplete())
                .hasMessageContaining("beloved.sms.account-sid")
                .hasMessageContaining("beloved.sms.public-url")
                .hasMessageContaining("messaging-service-sid");
        settings("AC1", "token", "MG1", null, "https://bot.example.org").requireComplete();
        settings("AC1", "token", null, "+15005550006", "https://bot.example.org").requireComplete();
    }

    @Test
    void signsOverThePublicUrlWhateverItsTrailingSlash() {
        assertThat(settings("AC1", "t", "MG1", null, "https://bot.example.org/").signedUrl("/sms/inbound"))
                .isEqualTo("https://bot.example.org/sms/inbound");
    }
}
