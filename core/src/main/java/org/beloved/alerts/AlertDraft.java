package org.beloved.alerts;

import java.util.List;

/**
 * An alert as an organizer drafts it, values as given (validated by {@link Alerts#draft}): both
 * texts, exactly one audience ({@code counties}: 5-digit FIPS codes, or {@code zip} with
 * {@code radiusMiles}), the channels ({@code sms}, {@code discord}) and whether it is urgent.
 */
public record AlertDraft(String text, String textEs, List<String> counties, String zip, Double radiusMiles,
        List<String> channels, Boolean urgent) {
}
