package org.beloved.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.beloved.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateTableTest {

    private static final URI BASE = URI.create("https://bot.example.org");
    private static final Set<String> STATES_AND_DC = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY");
    private static final String HEADER = String.join("\t", StateTableParser.HEADER);
    private static final String TEXAS = "TX\tTexas\tTexas\trequires\tmandated\tSB 4 (2017): jails must honor detainers."
            + "\tSB 4 (2017): las cárceles deben cumplir.\tBill summary ; Texas Legislature ; 2017-09-01 ; https://capitol.texas.gov/x"
            + "\t2026-11-30";

    private final StateTable shipped = new StateTable(new ToolkitSettings(null, BASE));

    @Test
    void theShippedTableLoadsWithoutProblems() {
        assertThat(shipped.problems()).isEmpty();
        assertThat(shipped.states()).isNotEmpty();
        StateLaw texas = shipped.byCode("tx").orElseThrow();
        assertThat(texas.name(Language.ES)).isEqualTo("Texas");
        assertThat(texas.agreement287g()).isEqualTo(Agreement287g.MANDATED);
        assertThat(texas.laws(Language.EN)).anyMatch(l -> l.startsWith("SB 8 (2025)"));
        assertThat(texas.laws(Language.ES)).hasSameSizeAs(texas.laws(Language.EN));
        assertThat(texas.reviewed()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void texasFloridaAndGeorgiaRequireCooperationCaliforniaIllinoisWashingtonAndNewJerseyLimitIt() {
        for (String code : Set.of("TX", "FL", "GA")) {
            assertThat(shipped.byCode(code)).as(code).get().extracting(StateLaw::stance).isEqualTo(Stance.REQUIRES);
        }
        for (String code : Set.of("CA", "IL", "WA", "NJ")) {
            assertThat(shipped.byCode(code)).as(code).get().extracting(StateLaw::stance).isEqualTo(Stance.LIMITS);
        }
    }

    @Test
    void coversFiftyStatesAndDcEachWithAtLeastOneDatedSource() {
        Set<String> codes = shipped.states().stream().map(StateLaw::code).collect(Collectors.toSet());
        assertThat(STATES_AND_DC.stream().filter(c -> !codes.contains(c)).sorted().toList()).as("missing from the table")
                .isEmpty();
        assertThat(codes).as("codes that are not a state or DC").isSubsetOf(STATES_AND_DC);
        for (StateLaw state : shipped.states()) {
            assertThat(state.sources()).as(state.code()).isNotEmpty()
                    .anySatisfy(s -> assertThat(s.date()).matches("\\d{4}(-\\d{2}-\\d{2})?"));
        }
    }

    @Test
    void statesAreFoundByCodeOrNameInEitherLanguage() {
        assertThat(shipped.find("texas")).get().extracting(StateLaw::code).isEqualTo("TX");
        assertThat(shipped.find("New Jersey")).get().extracting(StateLaw::code).isEqualTo("NJ");
        assertThat(shipped.find("Nueva Jersey")).get().extracting(StateLaw::code).isEqualTo("NJ");
        assertThat(shipped.find("ca")).get().extracting(StateLaw::code).isEqualTo("CA");
        assertThat(shipped.find("Atlantis")).isEmpty();
    }

    @Test
    void aMalformedRowIsReportedByFileAndLineAndTheOthersLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("states.tsv"), "# comment\n" + HEADER + "\n" + TEXAS + "\n"
                + TEXAS.replace("TX\t", "CA\t").replace("requires", "sometimes") + "\n"
                + TEXAS.replace("TX\t", "IL\t").replace("2017-09-01", "last spring") + "\n"
                + "WA\tWashington\n"
                + TEXAS + "\n");
        StateTable table = new StateTable(new ToolkitSettings(dir, BASE));
        assertThat(table.states()).extracting(StateLaw::code).containsExactly("TX");
        String file = dir.resolve("states.tsv").toString();
        assertThat(table.problems()).containsExactly(
                file + ":4: stance must be one of [requires, limits, none], found 'sometimes'",
                file + ":5: a source's date must be a date like 2026-11-30, found 'last spring'",
                file + ":6: expected 9 tab-separated fields, found 2",
                file + ":7: another row already has code TX");
    }

    @Test
    void aWrongHeaderIsReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("states.tsv"), "code\tname\n" + TEXAS + "\n");
        StateTable table = new StateTable(new ToolkitSettings(dir, BASE));
        assertThat(table.states()).isEmpty();
        assertThat(table.problems()).singleElement().asString().contains(":1: the header must be the columns code, name");
    }

    @Test
    void aToolkitFolderWithoutStatesTsvKeepsTheShippedTable(@TempDir Path dir) {
        StateTable table = new StateTable(new ToolkitSettings(dir, BASE));
        assertThat(table.problems()).isEmpty();
        assertThat(table.byCode("TX")).isPresent();
    }
}
