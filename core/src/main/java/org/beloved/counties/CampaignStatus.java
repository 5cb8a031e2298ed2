package org.beloved.counties;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the local campaign stands in a county.
 * The codes are a contract (JSON, the database): add, never rename.
 */
public enum CampaignStatus {
    NONE("none"),
    FORMING("forming"),
    ACTIVE("active"),
    WON("won");

    private final String code;

    CampaignStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The value of a code, any case; empty for anything else. */
    public static Optional<CampaignStatus> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(key)).findFirst();
    }

    /** Every code, for problems that list what is allowed. */
    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(CampaignStatus::code).toList());
    }
}
