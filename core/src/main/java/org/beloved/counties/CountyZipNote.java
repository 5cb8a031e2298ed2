package org.beloved.counties;

import java.util.Optional;
import org.beloved.directory.ZipAnswerNote;
import org.beloved.directory.ZipCode;
import org.beloved.shared.Language;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The county's line in every ZIP answer, after the state's. A county with a record of its own
 * stands alone: what organizers recorded there is more specific than the state's law, and one line
 * keeps the first SMS page for the partners.
 */
@Component
@Order(CountyZipNote.ORDER)
class CountyZipNote implements ZipAnswerNote {

    static final int ORDER = 200;

    private final Counties counties;
    private final CountyCards cards;

    CountyZipNote(Counties counties, CountyCards cards) {
        this.counties = counties;
        this.cards = cards;
    }

    @Override
    public Optional<String> note(Language language, ZipCode zipCode) {
        return line(language, zipCode).map(Line::text);
    }

    @Override
    public Optional<Line> line(Language language, ZipCode zipCode) {
        return counties.forZip(zipCode.zip()).map(county -> new Line(cards.line(county, language), county.recorded()));
    }
}
