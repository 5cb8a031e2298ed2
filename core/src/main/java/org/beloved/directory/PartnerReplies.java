package org.beloved.directory;

import java.util.ArrayList;
import java.util.List;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Partner searches as text messages: one line per partner, public contact only with consent. */
@Component
class PartnerReplies {

    private final ZipCodes zipCodes;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    PartnerReplies(ZipCodes zipCodes, Directory directory, ApplicationEventPublisher events) {
        this.zipCodes = zipCodes;
        this.directory = directory;
        this.events = events;
    }

    Outcome search(Turn turn, String typedZip) {
        ZipLookup lookup = zipCodes.lookup(typedZip);
        if (lookup instanceof ZipLookup.Unknown unknown) {
            return Outcome.reply(turn.t("zip.unknown", unknown.zip()));
        }
        if (!(lookup instanceof ZipLookup.Found found)) {
            return Outcome.reply(turn.t("zip.malformed"));
        }
        events.publishEvent(new ZipSearched(turn.inbound().channel(), turn.inbound().sender(), found.zipCode()));
        return Outcome.reply(text(turn, directory.nearest(found.zipCode(), null, null)));
    }

    String text(Turn turn, PartnerSearch search) {
        ZipCode from = search.from();
        if (search.partners().isEmpty()) {
            String none = turn.t("partners.none", search.radiusMiles(), from.zip(), from.city(), from.state());
            String beyond = search.nearestBeyond()
                    .map(p -> turn.t("partners.nearest-beyond", p.name(), p.city(), p.state(), p.distanceMiles()))
                    .orElse(turn.t("partners.none-anywhere"));
            return none + " " + beyond + " " + turn.t("partners.invite");
        }
        List<String> lines = new ArrayList<>();
        lines.add(turn.t("partners.header", from.zip(), from.city(), from.state(), search.radiusMiles()));
        int n = 1;
        for (Partner p : search.partners()) {
            lines.add(turn.t("partners.line", n++, p.name(), turn.t(p.tradition().key()), p.city(), p.state(),
                    p.distanceMiles()));
            if (p.contact() != null) {
                lines.add(turn.t("partners.contact", p.contact().joined()));
            }
        }
        return String.join("\n", lines);
    }
}
