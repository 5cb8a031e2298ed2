package org.beloved.bot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts each user's direct messages in a sliding window ({@link DirectMessageLimits}). In memory:
 * one instance holds the Discord gateway, so it alone sees DMs; a take-over starts counting afresh.
 * Users quiet for a whole window are forgotten.
 */
@Component
class DirectMessageRate {

    enum Verdict { ANSWER, NOTICE, SILENCE }

    private final DirectMessageLimits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    DirectMessageRate(DirectMessageLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Counts this message: within the limit answer; the first one past it gets the notice; then silence. */
    Verdict count(String user) {
        Instant now = clock.instant();
        Instant since = now.minus(limits.dmRateWindow());
        int count = recent.compute(user, (u, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            while (!kept.isEmpty() && !kept.peekFirst().isAfter(since)) {
                kept.pollFirst();
            }
            kept.addLast(now);
            return kept;
        }).size();
        forgetQuiet(since);
        if (count <= limits.dmRateLimit()) {
            return Verdict.ANSWER;
        }
        return count == limits.dmRateLimit() + 1 ? Verdict.NOTICE : Verdict.SILENCE;
    }

    private void forgetQuiet(Instant since) {
        if (recent.size() > 10_000) {
            for (String user : recent.keySet()) {
                recent.computeIfPresent(user, (u, times) -> times.isEmpty() || !times.peekLast().isAfter(since) ? null : times);
            }
        }
    }
}
