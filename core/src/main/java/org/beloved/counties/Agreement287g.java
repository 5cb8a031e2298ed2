package org.beloved.counties;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The county's 287(g) agreement with ICE, by model.
 * The codes are a contract (JSON, the database): add, never rename.
 */
public enum Agreement287g {
    NONE("none"),
    JAIL_ENFORCEMENT("jail-enforcement"),
    WARRANT_SERVICE("warrant-service"),
    TASK_FORCE("task-force");

    private final String code;

    Agreement287g(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The value of a code, any case; empty for anything else. */
    public static Optional<Agreement287g> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(key)).findFirst();
    }

    /** Every code, for problems that list what is allowed. */
    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Agreement287g::code).toList());
    }
}
