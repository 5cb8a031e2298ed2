package org.beloved.counties;

import java.util.Optional;
import java.util.Set;
import org.beloved.conversation.Command;
import org.beloved.conversation.Flow;
import org.beloved.conversation.FlowState;
import org.beloved.conversation.Inbound;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.beloved.directory.SearchedZips;
import org.beloved.directory.ZipCode;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.springframework.stereotype.Component;

/**
 * COUNTY / CONDADO: the full card of a county, in the sender's language. {@code COUNTY 78701} is the
 * county of that ZIP; a bare COUNTY (or words without a number: "county board", "condado de Travis") is
 * the county of the ZIP the sender searched last. With neither, it asks for a ZIP code and takes one as
 * the answer (anything else goes on as usual).
 */
@Component
class CountyCommand implements Command, Flow {

    private final Counties counties;
    private final CountyCards cards;
    private final SearchedZips searched;
    private final ZipCodes zipCodes;

    CountyCommand(Counties counties, CountyCards cards, SearchedZips searched, ZipCodes zipCodes) {
        this.counties = counties;
        this.cards = cards;
        this.searched = searched;
        this.zipCodes = zipCodes;
    }

    @Override
    public String id() {
        return "county";
    }

    @Override
    public Set<String> keywords() {
        return Set.of("COUNTY", "CONDADO");
    }

    @Override
    public boolean takesArguments() {
        return true;
    }

    @Override
    public Optional<String> helpKey() {
        return Optional.of("help.line.county");
    }

    @Override
    public int helpOrder() {
        return 46;
    }

    @Override
    public Outcome run(Turn turn, String arguments) {
        if (arguments.chars().noneMatch(Character::isDigit)) {
            Inbound in = turn.inbound();
            return searched.last(in.channel(), in.sender()).map(zip -> ofZip(turn, zip)).orElseGet(() -> ask(turn));
        }
        ZipLookup lookup = zipCodes.lookup(arguments);
        if (lookup instanceof ZipLookup.Found found) {
            return ofZip(turn, found.zipCode());
        }
        if (lookup instanceof ZipLookup.Unknown unknown) {
            return ask(turn, "county.unknown-zip", unknown.zip());
        }
        return ask(turn);
    }

    /** Right after the question: a ZIP code; anything else is not for this flow. */
    @Override
    public Outcome answer(Turn turn, FlowState state, String text) {
        if (ZipCodes.normalize(text).isPresent() && zipCodes.lookup(text) instanceof ZipLookup.Found found) {
            return ofZip(turn, found.zipCode());
        }
        return Outcome.decline();
    }

    private Outcome ofZip(Turn turn, ZipCode zip) {
        return counties.forZip(zip.zip()).map(county -> Outcome.reply(cards.card(county, turn.language())))
                .orElseGet(() -> ask(turn, "county.unknown-zip", zip.zip()));
    }

    private Outcome ask(Turn turn) {
        return ask(turn, "county.ask");
    }

    private Outcome ask(Turn turn, String key, Object... args) {
        return Outcome.ask(FlowState.start(id(), "which"), turn.t(key, args));
    }
}
