package org.beloved.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.beloved.shared.Language;
import org.beloved.shared.WriteBatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pages of a long reply not sent yet, per phone number; MORE takes the next one. Pages older than
 * an hour are stale: MORE then means whatever it means without them. Writes go with the turn's
 * other end-of-turn writes at commit ({@link WriteBatch}): only a later turn reads them.
 */
@Repository
class PendingPages {

    private static final java.time.Duration FRESH = java.time.Duration.ofHours(1);

    record Next(String page, Language language, boolean moreAfter) {
    }

    private final JdbcClient jdbc;
    private final WriteBatch batch;

    PendingPages(JdbcClient jdbc, WriteBatch batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void replace(String address, Language language, List<String> pages, Instant now) {
        if (pages.isEmpty()) {
            clear(address);
            return;
        }
        batch.add("""
                insert into sms_pending_page (address, language, pages, created_at) values (?, ?, ?, ?)
                on conflict (address) do update set language = excluded.language, pages = excluded.pages,
                  created_at = excluded.created_at""",
                address, language.code(), pages.toArray(String[]::new), Timestamp.from(now));
    }

    /** Takes the next page off the queue, if any. */
    Optional<Next> take(String address, Instant now) {
        record Stored(List<String> pages, Language language) {
        }
        Optional<Stored> stored = jdbc.sql("select pages, language from sms_pending_page where address = ? and created_at > ? for update")
                .params(address, Timestamp.from(now.minus(FRESH)))
                .query((rs, i) -> new Stored(Arrays.asList((String[]) rs.getArray("pages").getArray()),
                        Language.fromCode(rs.getString("language"))))
                .optional();
        if (stored.isEmpty() || stored.get().pages().isEmpty()) {
            return Optional.empty();
        }
        List<String> pages = stored.get().pages();
        List<String> rest = pages.subList(1, pages.size());
        if (rest.isEmpty()) {
            clear(address);
        } else {
            jdbc.sql("update sms_pending_page set pages = ? where address = ?")
                    .params(rest.toArray(String[]::new), address).update();
        }
        return Optional.of(new Next(pages.get(0), stored.get().language(), !rest.isEmpty()));
    }

    void clear(String address) {
        batch.add("delete from sms_pending_page where address = ?", address);
    }
}
