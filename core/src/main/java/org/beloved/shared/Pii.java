package org.beloved.shared;

/**
 * Personal data (phone numbers, Discord user ids, simulator sessions) as it may appear in logs:
 * enough to tell two senders apart in one incident, not enough to identify anyone.
 */
public final class Pii {

    private Pii() {
    }

    /** {@code +14155550123} becomes {@code ***23}; anything of four characters or fewer, {@code ***}. */
    public static String mask(String value) {
        if (value == null || value.length() <= 4) {
            return "***";
        }
        return "***" + value.substring(value.length() - 2);
    }
}
