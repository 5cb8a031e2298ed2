package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.Map;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.Test;

/** The tests' signing is the SDK's algorithm: the SDK's validator accepts it, and only it. */
class TwilioWebhooksTest {

    @Test
    void theSdkAcceptsOurSignatures() {
        Map<String, String> form = TwilioWebhooks.sms("SM1", "+14155550100", "Hello ¿qué tal?");
        String url = TwilioWebhooks.PUBLIC_URL + "/sms/inbound";
        RequestValidator validator = new RequestValidator(TwilioWebhooks.AUTH_TOKEN);
        assertThat(validator.validate(url, form, TwilioWebhooks.signature(url, form, TwilioWebhooks.AUTH_TOKEN))).isTrue();
        assertThat(validator.validate(url, form, TwilioWebhooks.signature(url, form, "other-token"))).isFalse();
        assertThat(validator.validate(url + "x", form, TwilioWebhooks.signature(url, form, TwilioWebhooks.AUTH_TOKEN)))
                .isFalse();
    }
}
