package org.beloved.directory;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Optional;

/**
 * The one rule for a typed phone number, on every channel: any common US form ("(773) 555-0133",
 * "773-555-0133", "773.555.0133", "+1 773 555 0133") or an international number with its +
 * becomes E.164 ("+17735550133"); anything that is not a valid number is empty.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    public static Optional<String> e164(String typed) {
        if (typed == null || typed.isBlank() || typed.strip().length() > 40) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(typed.strip(), "US");
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
