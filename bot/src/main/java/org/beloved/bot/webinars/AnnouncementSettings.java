package org.beloved.bot.webinars;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code beloved.discord.announce.*}: how the instance connected to Discord works the queue of
 * webinar announcements.
 *
 * @param interval how long an idle worker waits before looking for due work again (work queued on
 *        this instance is picked up at once)
 * @param retry the wait before the first retry of a failed announcement; it doubles with each
 *        attempt, up to an hour
 * @param attempts attempts before an announcement is given up as failed (and logged)
 * @param lease how long a claimed announcement stays with its instance; after that (the instance
 *        died) another instance takes it again
 */
@Validated
@ConfigurationProperties("beloved.discord.announce")
public record AnnouncementSettings(@NotNull @DefaultValue("1s") Duration interval, @NotNull @DefaultValue("30s") Duration retry,
        @Min(1) @DefaultValue("8") int attempts, @NotNull @DefaultValue("5m") Duration lease) {

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /** The wait after the {@code attempt}th failed attempt (1-based): {@code retry}, doubled each time, at most an hour. */
    public Duration backOff(int attempt) {
        Duration wait = retry;
        for (int i = 1; i < attempt && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT;
    }
}
