package org.beloved.messaging;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code beloved.messaging.quiet-hours}: the one window, in the recipient's own zone, in which no
 * non-urgent message Beloved starts goes out ({@code 21:00-08:00} by default, {@code off} for none).
 * Renderers ask it and postpone ({@link Rendered.Postpone}) until the window ends.
 */
@Component
public final class QuietHours {

    private final LocalTime from;
    private final LocalTime until;

    @Autowired
    QuietHours(MessagingSettings settings) {
        this(settings.quietHours());
    }

    private QuietHours(String setting) {
        LocalTime[] window = parse(setting);
        this.from = window == null ? null : window[0];
        this.until = window == null ? null : window[1];
    }

    /** Quiet hours from a setting's value ("21:00-08:00", or "off"). */
    public static QuietHours of(String setting) {
        return new QuietHours(setting);
    }

    /** If {@code now} falls in the quiet hours in {@code zone}, the instant they end there. */
    public Optional<Instant> until(Instant now, ZoneId zone) {
        if (from == null) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overMidnight = from.isAfter(until);
        if (overMidnight && !time.isBefore(from)) {
            return Optional.of(local.toLocalDate().plusDays(1).atTime(until).atZone(zone).toInstant());
        }
        boolean quiet = overMidnight ? time.isBefore(until) : !time.isBefore(from) && time.isBefore(until);
        return quiet ? Optional.of(local.toLocalDate().atTime(until).atZone(zone).toInstant()) : Optional.empty();
    }

    /** The window's start and end, or null for {@code off}; a value that is neither is refused. */
    static LocalTime[] parse(String setting) {
        String value = setting == null ? "" : setting.strip();
        if (value.equalsIgnoreCase("off")) {
            return null;
        }
        String[] parts = value.split("-");
        try {
            if (parts.length == 2) {
                LocalTime start = LocalTime.parse(parts[0].strip());
                LocalTime end = LocalTime.parse(parts[1].strip());
                if (!start.equals(end)) {
                    return new LocalTime[] {start, end};
                }
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new IllegalArgumentException(
                "beloved.messaging.quiet-hours must be a window such as 21:00-08:00, or off: " + setting);
    }
}
