package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.Test;

/** Signatures over the webhook URL as configured at Twilio, with or without connection overrides after {@code #}. */
class TwilioSignaturesTest {

    private static final String URL = TwilioWebhooks.PUBLIC_URL + "/sms/inbound";

    private static SmsProperties settings(String overrides) {
        return settings(TwilioWebhooks.PUBLIC_URL, overrides);
    }

    private static SmsProperties settings(String publicUrl, String overrides) {
        return new SmsProperties(TwilioWebhooks.ACCOUNT_SID, TwilioWebhooks.AUTH_TOKEN, null, TwilioWebhooks.OUR_NUMBER,
                URI.create(publicUrl), URI.create("https://api.twilio.com"), true, 3, 30,
                Duration.ofMinutes(10), overrides);
    }

    private static TwilioSignatures signatures(SmsProperties settings) {
        return new TwilioSignatures(settings);
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

    /**
     * The check is done without the SDK (its validator looks up a new Mac and signs twice per
     * webhook), so it is held to the SDK's answer: for public URLs with and without their default
     * port, signatures over each spelling of the URL, other ports, other keys and other fields.
     */
    @Test
    void acceptsExactlyWhatTheSdksValidatorAccepts() {
        RequestValidator sdk = new RequestValidator(TwilioWebhooks.AUTH_TOKEN);
        Map<String, String> form = new HashMap<>(TwilioWebhooks.sms("SM3", "+14155550101", "¿Dónde? 94110 & más 🙏"));
        form.put("MediaUrl0", "");
        Map<String, String> tampered = new HashMap<>(form);
        tampered.put("Body", "94111");
        List<String> publicUrls = List.of("https://bot.example.org", "https://bot.example.org:443", "http://bot.example.org",
                "http://bot.example.org:80", "https://bot.example.org:8443/beloved", "https://bot.example.org/");
        List<String> signedOver = List.of("https://bot.example.org/sms/inbound", "https://bot.example.org:443/sms/inbound",
                "http://bot.example.org/sms/inbound", "http://bot.example.org:80/sms/inbound",
                "https://bot.example.org:8443/beloved/sms/inbound", "https://bot.example.org:8443/sms/inbound",
                "https://bot.example.org/beloved/sms/inbound", "https://bot.example.org/sms/inbound/");
        int accepted = 0;
        for (String publicUrl : publicUrls) {
            TwilioSignatures ours = signatures(settings(publicUrl, null));
            String configured = settings(publicUrl, null).signedUrl("/sms/inbound");
            for (String url : signedOver) {
                for (String signature : List.of(signed(url, form), signed(url, tampered),
                        TwilioWebhooks.signature(url, form, "another-token"))) {
                    boolean expected = sdk.validate(configured, form, signature);
                    assertThat(ours.verify("/sms/inbound", form, signature))
                            .as("public URL %s, signed over %s", publicUrl, url).isEqualTo(expected);
                    accepted += expected ? 1 : 0;
                }
            }
        }
        assertThat(accepted).as("signatures the SDK accepts among those tried").isEqualTo(12);
    }

    @Test
    void withTheAdapterOffNothingIsAccepted() {
        Map<String, String> form = TwilioWebhooks.sms("SM4", "+14155550101", "HELP");
        SmsProperties off = new SmsProperties(TwilioWebhooks.ACCOUNT_SID, "", null, TwilioWebhooks.OUR_NUMBER,
                URI.create(TwilioWebhooks.PUBLIC_URL), URI.create("https://api.twilio.com"), true, 3, 30,
                Duration.ofMinutes(10), null);

        assertThat(signatures(off).verify("/sms/inbound", form, signed(URL, form))).isFalse();
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
