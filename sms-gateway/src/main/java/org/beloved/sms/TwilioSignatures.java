package org.beloved.sms;

import com.twilio.security.RequestValidator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks that a webhook really comes from our Twilio account: the {@code X-Twilio-Signature}
 * over {@code public-url} + path and the form fields (the SDK's algorithm, compared in constant
 * time), and the AccountSid field. Signing over the public URL keeps it valid behind a
 * TLS-terminating proxy, where the URL this server sees differs from the one Twilio called. With
 * {@code webhook-overrides} set, a signature over the URL with that fragment counts too: Twilio's
 * documentation does not say whether the fragment of a webhook URL is part of what it signs.
 */
@Component
class TwilioSignatures {

    private final SmsProperties properties;
    private final ObjectProvider<RequestValidator> validator;
    /** The validator once found: looking it up in the bean factory on every webhook showed in JFR. */
    private volatile RequestValidator found;

    TwilioSignatures(SmsProperties properties, ObjectProvider<RequestValidator> validator) {
        this.properties = properties;
        this.validator = validator;
    }

    boolean verify(String path, Map<String, String> form, String signature) {
        RequestValidator v = found != null ? found : (found = validator.getIfAvailable());
        if (v == null || signature == null || signature.isBlank()) {
            return false;
        }
        return properties.signedUrls(path).stream().anyMatch(url -> v.validate(url, form, signature))
                && sameAccount(form.get("AccountSid"));
    }

    private boolean sameAccount(String accountSid) {
        return accountSid != null && MessageDigest.isEqual(accountSid.getBytes(StandardCharsets.UTF_8),
                properties.accountSid().getBytes(StandardCharsets.UTF_8));
    }
}
