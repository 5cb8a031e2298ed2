package org.beloved.app.web;

import org.beloved.shared.CleanText;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string read from a JSON request body, whatever the endpoint ({@code /api/registrations},
 * the simulator, the admin webinar drafts, and any added later), is {@link CleanText#clean cleaned}
 * as it is read, so no controller can forget it. A string holding a NUL fails the read with
 * {@link Unacceptable}, which {@link ApiErrors} answers with 400 naming the field. Spring Boot
 * registers this module with the application's JSON mapper; nothing else reads JSON with it.
 */
@Component
class CleanJsonText extends SimpleModule {

    CleanJsonText() {
        super("beloved-clean-text");
        addDeserializer(String.class, new CleanStrings());
    }

    /** A JSON string holding a NUL; the path of the field is added as the error bubbles up. */
    static final class Unacceptable extends MismatchedInputException {

        Unacceptable(JsonParser parser) {
            super(parser, "must not contain NUL characters", String.class);
        }
    }

    private static final class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (CleanText.hasNul(text)) {
                throw new Unacceptable(p);
            }
            return CleanText.clean(text);
        }
    }
}
