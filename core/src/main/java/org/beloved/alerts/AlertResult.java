package org.beloved.alerts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A draft's outcome: the alert stored with its preview, or what to fix, field by field. */
public sealed interface AlertResult {

    record Drafted(Alert alert) implements AlertResult {
    }

    /** @param problems each wrong field's name and what to fix, in the draft's order */
    record Invalid(Map<String, String> problems) implements AlertResult {

        public Invalid {
            problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        }
    }
}
