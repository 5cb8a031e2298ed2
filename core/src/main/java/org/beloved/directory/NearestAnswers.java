package org.beloved.directory;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.beloved.directory.ConnectRequests.AskAt;
import org.springframework.stereotype.Component;

/**
 * What a ZIP answer by text needs from the directory, kept per ZIP and {@link Directory#version()
 * directory version}: the nearest partners (default radius and number) and which of them CONNECT
 * can ask. Depends on nothing but the listings, so every sender texting the same ZIP shares it
 * until a listing changes, in any instance. At most {@link #KEPT} ZIPs are kept; past that the
 * whole map starts again (simple, and a ZIP answer costs only two queries to rebuild).
 */
@Component
class NearestAnswers {

    static final int KEPT = 4096;

    /** One ZIP's answer, built at {@code version}. */
    record Answer(long version, PartnerSearch search, Map<Long, AskAt> askable) {

        /** The partners the text numbers: those within the radius, else the nearest beyond it. */
        List<Partner> numbered() {
            return search.partners().isEmpty() ? search.beyond() : search.partners();
        }
    }

    private final Directory directory;
    private final ConnectRequests connects;
    private final Map<String, Answer> byZip = new ConcurrentHashMap<>();

    NearestAnswers(Directory directory, ConnectRequests connects) {
        this.directory = directory;
        this.connects = connects;
    }

    Answer near(ZipCode zip) {
        OptionalLong version = directory.version();   // before the listings: the answer is at least this new
        Answer kept = byZip.get(zip.zip());
        if (version.isPresent() && kept != null && kept.version() >= version.getAsLong()) {
            return kept;
        }
        PartnerSearch search = directory.nearest(zip, null, null);
        List<Partner> numbered = search.partners().isEmpty() ? search.beyond() : search.partners();
        Answer fresh = new Answer(version.orElse(-1), search,
                Map.copyOf(connects.askable(numbered.stream().map(Partner::id).toList())));
        if (version.isPresent()) {
            if (byZip.size() >= KEPT) {
                byZip.clear();
            }
            byZip.merge(zip.zip(), fresh, (old, now) -> old.version() >= now.version() ? old : now);
        }
        return fresh;
    }
}
