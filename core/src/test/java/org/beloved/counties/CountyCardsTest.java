package org.beloved.counties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.junit.jupiter.api.Test;

/** The card and the ZIP answer's line, in both languages, from the shipped sentences. */
class CountyCardsTest {

    private static final Meeting BOARD = new Meeting("Commissioners Court", LocalDateTime.of(2026, 12, 8, 19, 0),
            ZoneId.of("America/Chicago"), "https://traviscountytx.gov/agenda");
    private static final List<CountyCongregation> TWO = List.of(new CountyCongregation(1, "Grace Church", "Austin"),
            new CountyCongregation(2, "Beth Israel", "Austin"));

    private final CountyCards cards = new CountyCards(new Texts(List.of(new CountiesTexts())),
            fips -> "48453".equals(fips) ? TWO : List.of());

    private static County travis(boolean recorded, Optional<Meeting> meeting) {
        return new County("48453", "Travis", "TX", recorded ? DetainerPolicy.DECLINES : DetainerPolicy.STATE_REQUIRES,
                recorded ? Agreement287g.NONE : Agreement287g.WARRANT_SERVICE,
                recorded ? "The sheriff stopped honoring detainers without a warrant." : null,
                recorded ? "https://example.org/travis-policy" : null, recorded ? LocalDate.of(2026, 11, 20) : null,
                recorded ? CampaignStatus.ACTIVE : CampaignStatus.NONE, meeting, recorded, 2);
    }

    @Test
    void aRecordedCountysLineNamesItsPolicyCongregationsAndNextMeeting() {
        String line = cards.line(travis(true, Optional.of(BOARD)), Language.EN);
        assertThat(line).isEqualTo("Travis County, TX: the jail declines ICE detainers; 2 congregations organizing. "
                + "Next: Commissioners Court, Tue Dec 8, 7:00 PM CST. Text COUNTY.");
        assertThat(line.length()).isLessThanOrEqualTo(160);
        assertThat(cards.line(travis(true, Optional.of(BOARD)), Language.ES)).as("GSM-7: no á, í, ó, ú")
                .isEqualTo("Condado de Travis, TX: rechaza las retenciones de ICE; 2 comunidades de fe se organizan. "
                + "Siguiente cita: Commissioners Court, 8 dic, 19:00 CST. Escribe CONDADO.");
    }

    @Test
    void anUnrecordedCountysLineLeavesThePolicyToTheStateLine() {
        assertThat(cards.line(travis(false, Optional.empty()), Language.EN))
                .isEqualTo("Travis County, TX: detainer policy not recorded yet; 2 congregations organizing. Text COUNTY.");
        County empty = new County("48043", "Brewster", "TX", DetainerPolicy.STATE_REQUIRES, Agreement287g.WARRANT_SERVICE,
                null, null, null, CampaignStatus.NONE, Optional.empty(), false, 0);
        assertThat(cards.line(empty, Language.ES)).isEqualTo("Condado de Brewster, TX: sin datos sobre retenciones de ICE; "
                + "ninguna comunidad de fe registrada. Escribe CONDADO.");
        assertThat(cards.line(new County("48043", "Brewster", "TX", DetainerPolicy.UNKNOWN, Agreement287g.NONE, null,
                null, null, CampaignStatus.NONE, Optional.empty(), false, 1), Language.EN)).contains("1 congregation organizing.");
    }

    @Test
    void theFullCardInEnglish() {
        assertThat(cards.card(travis(true, Optional.of(BOARD)), Language.EN)).isEqualTo("""
                Travis County, TX (county 48453)
                Policy: the jail declines ICE detainers.
                287(g): no 287(g) agreement.
                Campaign: campaign active.
                Note: The sheriff stopped honoring detainers without a warrant.
                Next public meeting: Commissioners Court, Tue Dec 8, 7:00 PM CST.
                Meeting: https://traviscountytx.gov/agenda
                Congregations here: Grace Church (Austin), Beth Israel (Austin)
                Source: https://example.org/travis-policy
                Reviewed 2026-11-20.""");
    }

    @Test
    void theFullCardInSpanishSaysWhenStateLawGaveTheDefaults() {
        County brewster = new County("48043", "Brewster", "TX", DetainerPolicy.STATE_REQUIRES,
                Agreement287g.WARRANT_SERVICE, null, null, null, CampaignStatus.NONE, Optional.empty(), false, 0);
        assertThat(cards.card(brewster, Language.ES)).isEqualTo("""
                Condado de Brewster, TX (condado 48043)
                Política: la ley estatal exige cumplir las retenciones de ICE.
                287(g): acuerdo 287(g) de órdenes de arresto.
                Campaña: aún sin campaña.
                Aún no hay congregaciones registradas aquí. ¿La tuya? Escribe UNIRSE.
                Aún no hay nada registrado para este condado: esto es lo que fija la ley estatal.""");
    }

    @Test
    void manyCongregationsAreNamedUpToFiveAndCounted() {
        List<CountyCongregation> seven = java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(i -> new CountyCongregation(i, "Church " + i, "Austin")).toList();
        CountyCards many = new CountyCards(new Texts(List.of(new CountiesTexts())), fips -> seven);
        assertThat(many.card(travis(true, Optional.empty()), Language.EN))
                .contains("Congregations here: Church 1 (Austin), Church 2 (Austin), Church 3 (Austin), Church 4 (Austin), "
                        + "Church 5 (Austin) +2")
                .doesNotContain("Next public meeting");
    }

    @Test
    void parishesBoroughsAndIndependentCitiesAreNamedAsTheyAre() {
        assertThat(cards.name(place("22071", "Orleans", "LA"), Language.EN)).isEqualTo("Orleans Parish, LA");
        assertThat(cards.name(place("22071", "Orleans", "LA"), Language.ES)).isEqualTo("Parroquia de Orleans, LA");
        assertThat(cards.name(place("02020", "Anchorage Municipality", "AK"), Language.EN))
                .isEqualTo("Anchorage Municipality, AK");
        assertThat(cards.name(place("51760", "City of Richmond", "VA"), Language.ES)).isEqualTo("City of Richmond, VA");
        assertThat(cards.name(place("17031", "Cook", "IL"), Language.ES)).isEqualTo("Condado de Cook, IL");
    }

    @Test
    void puertoRicosMunicipiosAndTheVirginIslandsIslands() {
        assertThat(cards.name(place("72127", "San Juan", "PR"), Language.EN)).isEqualTo("San Juan Municipio, PR");
        assertThat(cards.name(place("72127", "San Juan", "PR"), Language.ES)).isEqualTo("Municipio de San Juan, PR");
        assertThat(cards.name(place("72097", "Mayagüez", "PR"), Language.ES)).isEqualTo("Municipio de Mayagüez, PR");
        assertThat(cards.name(place("78010", "St. Croix", "VI"), Language.EN)).isEqualTo("St. Croix, VI");
        assertThat(cards.name(place("78030", "St. Thomas", "VI"), Language.ES)).isEqualTo("St. Thomas, VI");
        assertThat(cards.line(place("72001", "Adjuntas", "PR"), Language.ES)).isEqualTo("Municipio de Adjuntas, PR: "
                + "sin datos sobre retenciones de ICE; ninguna comunidad de fe registrada. Escribe CONDADO.");
        assertThat(cards.line(place("72029", "Canóvanas", "PR"), Language.ES)).as("GSM-7: the line drops the acute accent")
                .startsWith("Municipio de Canovanas, PR: ");
        assertThat(cards.line(place("72021", "Bayamón", "PR"), Language.EN)).startsWith("Bayamon Municipio, PR: ");
        assertThat(cards.card(place("72021", "Bayamón", "PR"), Language.ES)).as("the card keeps it")
                .startsWith("Municipio de Bayamón, PR (condado 72021)");
    }

    private static County place(String fips, String name, String state) {
        return new County(fips, name, state, DetainerPolicy.UNKNOWN, Agreement287g.NONE, null, null, null,
                CampaignStatus.NONE, Optional.empty(), false, 0);
    }
}
