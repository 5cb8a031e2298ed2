package org.beloved.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void everyCommonUsFormBecomesE164() {
        for (String typed : new String[] {"(773) 555-0133", "773-555-0133", "773.555.0133", "7735550133",
                "1 (773) 555-0133", "+1 773 555 0133", "+17735550133", " 773 555 0133 "}) {
            assertThat(PhoneNumbers.e164(typed)).as(typed).contains("+17735550133");
        }
        assertThat(PhoneNumbers.e164("+44 20 7183 8750")).contains("+442071838750");
    }

    @Test
    void whatIsNoNumberIsEmpty() {
        for (String typed : new String[] {null, "", "  ", "555-0133", "12", "call me", "+1 000 555 0000",
                "773-555-0133 773-555-0133 773-555-0133 773"}) {
            assertThat(PhoneNumbers.e164(typed)).as(String.valueOf(typed)).isEmpty();
        }
    }
}
