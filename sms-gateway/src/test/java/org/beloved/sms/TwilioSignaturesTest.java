package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Signatures over the webhook URL as configured at Twilio, with or without connection overrides after {@code #}. */
class TwilioSignaturesTest {

    private static final String URL = TwilioWebhooks.PUBLIC_URL + "/sms/inbound";

    private static SmsProperties settings(String overrides) {
        return new SmsProperties(TwilioWebhooks.ACCOUNT_SID, TwilioWebhooks.AUTH_TOKEN, null, TwilioWebhooks.OUR_NUMBER,
                URI.create(TwilioWebhooks.PUBLIC_URL), URI.create("https://api.twilio.com"), true, 3, 30,
                Duration.ofMinutes(10), overrides);
    }

    private static TwilioSignatures signatures(SmsProperties settings) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                Map.of("validator", new RequestValidator(TwilioWebhooks.AUTH_TOKEN)));
        return new TwilioSignatures(settings, beans.getBeanProvider(RequestValidator.class));
    }

    private static String signed(String url, Map<String, String> form) {
        return TwilioWebhooks.signature(url, form, TwilioWebhooks.AUTH_TOKEN);
    }

    @Test
    void withOverridesConfiguredTheUrlWithAndWithoutThemIsAccepted() {
        Map<String, String> form = TwilioWebhooks.sms("SM1", "+14155550101", "HELP");
        TwilioSignatures signatures = signatures(settings("rc=3&rp=5xx"));

        assertThat(signatures.verify("/sms/inbound", form, signed(URL + "#rc=3&rp=5xx", form))).isTrue();
        assertThat(signatures.verify("/sms/inbound", form, signed(URL, form))).isTrue();
        assertThat(signatures.verify("/sms/inbound", form, signed(URL + "#rc=5&rp=all", form))).isFalse();
    }

    @Test
    void withoutOverridesOnlyThePlainUrlIsAccepted() {
        Map<String, String> form = TwilioWebhooks.sms("SM2", "+14155550101", "HELP");
        TwilioSignatures signatures = signatures(settings(null));

        assertThat(signatures.verify("/sms/inbound", form, signed(URL, form))).isTrue();
        assertThat(signatures.verify("/sms/inbound", form, signed(URL + "#rc=3&rp=5xx", form))).isFalse();
    }

    @Test
    void overridesAreKeyValuePairsWithoutTheHash() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        assertThat(validator.validate(settings("rc=3&rp=5xx,ct,rt&tt=15000"))).isEmpty();
        assertThat(validator.validate(settings(""))).isEmpty();
        assertThat(validator.validate(settings("#rc=3"))).singleElement()
                .satisfies(v -> assertThat(v.getMessage()).contains("without the leading #"));
        assertThat(validator.validate(settings("rc=3&"))).hasSize(1);
    }
}
