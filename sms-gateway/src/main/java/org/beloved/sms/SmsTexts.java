package org.beloved.sms;

import org.beloved.shared.TextBundle;
import org.springframework.stereotype.Component;

@Component
class SmsTexts implements TextBundle {

    @Override
    public String basename() {
        return "i18n/sms";
    }
}
