package org.beloved.sms;

import com.twilio.http.TwilioRestClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one Twilio client, built from {@link SmsProperties}; never {@code Twilio.init}. Webhook
 * signatures are checked by {@link TwilioSignatures}.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    /** Present only when the adapter is on (an auth token is set). */
    @Bean
    @ConditionalOnExpression("'${beloved.sms.auth-token:}' != ''")
    TwilioRestClient twilioRestClient(SmsProperties properties) {
        properties.requireComplete();
        return new TwilioRestClient.Builder(properties.accountSid(), properties.authToken())
                .httpClient(new BaseUrlHttpClient(properties.apiBaseUrl()))
                .build();
    }
}
