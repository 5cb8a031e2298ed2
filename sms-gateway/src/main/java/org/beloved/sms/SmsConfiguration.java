package org.beloved.sms;

import com.twilio.http.TwilioRestClient;
import com.twilio.security.RequestValidator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one Twilio client and webhook validator, built from {@link SmsProperties}; never {@code Twilio.init}. */
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

    @Bean
    @ConditionalOnExpression("'${beloved.sms.auth-token:}' != ''")
    RequestValidator twilioRequestValidator(SmsProperties properties) {
        return new RequestValidator(properties.authToken());
    }
}
