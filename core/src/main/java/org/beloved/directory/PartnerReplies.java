package org.beloved.directory;

import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.beloved.conversation.Inbound;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.beloved.shared.Channel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Partner searches as text messages: one line per partner, public contact only with consent. */
@Component
class PartnerReplies {

    private final ZipCodes zipCodes;
    private final Directory directory;
    private final NearestAnswers nearest;
    private final ApplicationEventPublisher events;
    private final ConnectRequests connects;
    private final Clock clock;
    private final ObjectProvider<ZipAnswerNote> notes;
    private volatile List<ZipAnswerNote> orderedNotes;

    PartnerReplies(ZipCodes zipCodes, Directory directory, NearestAnswers nearest, ApplicationEventPublisher events,
            ConnectRequests connects, Clock clock, ObjectProvider<ZipAnswerNote> notes) {
        this.zipCodes = zipCodes;
        this.directory = directory;
        this.nearest = nearest;
        this.events = events;
        this.connects = connects;
        this.clock = clock;
        this.notes = notes;
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
        NearestAnswers.Answer answer = nearest.near(found.zipCode());
        List<Partner> numbered = answer.numbered();
        String text = text(turn, answer.search());
        Inbound in = turn.inbound();
        if (in.channel() != Channel.WEB) {
            // Kept with no partners too: STATE then knows the sender's state (SearchedZips).
            List<Long> ids = numbered.stream().map(Partner::id).toList();
            connects.saveShown(in.channel(), in.sender(), found.zipCode().zip(), ids, clock.instant());
            text = ids.isEmpty() ? text : withConnectOffer(turn, text, ids, answer.askable());
        }
        return Outcome.reply(text);
    }

    /** CONNECT is offered for the numbered partners that can be asked (a listing with no channel to ask is not). */
    private String withConnectOffer(Turn turn, String text, List<Long> ids, Map<Long, ConnectRequests.AskAt> askable) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (askable.containsKey(ids.get(i))) {
                numbers.add(Integer.toString(i + 1));
            }
        }
        return numbers.isEmpty() ? text
                : text + "\n" + turn.t("partners.connect", String.join(", ", numbers), numbers.get(0));
    }

    /**
     * Every answer ends with a next step: with partners near, the map centred on the ZIP; with none
     * near, the nearest ones anywhere with their distance and consented contact, then starting a team,
     * the webinars, JOIN for those who belong to a congregation, and the map.
     */
    String text(Turn turn, PartnerSearch search) {
        ZipCode from = search.from();
        List<String> lines = new ArrayList<>();
        if (search.partners().isEmpty()) {
            lines.add(turn.t("partners.none", search.radiusMiles(), from.zip(), from.city(), from.state()));
            if (search.beyond().isEmpty()) {
                lines.add(turn.t("partners.none-anywhere"));
            } else {
                lines.add(turn.t("partners.nearest-beyond"));
                addLines(turn, search.beyond(), lines);
            }
            lines.add(turn.t("partners.next-steps"));
        } else {
            lines.add(turn.t("partners.header", from.zip(), from.city(), from.state(), search.radiusMiles()));
            addLines(turn, search.partners(), lines);
        }
        lines.addAll(1, ZipAnswerNote.lines(notes().stream(), turn.language(), from));
        lines.add(turn.t("partners.map", directory.mapLink(from.zip())));
        return String.join("\n", lines);
    }

    /** The notes' beans, in order, looked up once (resolving them for every answer showed in JFR). */
    private List<ZipAnswerNote> notes() {
        List<ZipAnswerNote> found = orderedNotes;
        if (found == null) {
            found = notes.orderedStream().toList();
            orderedNotes = found;
        }
        return found;
    }

    private static void addLines(Turn turn, List<Partner> partners, List<String> lines) {
        int n = 1;
        for (Partner p : partners) {
            String line = turn.t("partners.line", n++, p.name(), turn.t(p.tradition().key()), p.city(), p.state(),
                    p.distanceMiles());
            // One line per partner, contact included, so that a page never parts a partner from its contact.
            lines.add(p.contact() == null ? line : line + " - " + turn.t("partners.contact", p.contact().joined()));
        }
    }
}
