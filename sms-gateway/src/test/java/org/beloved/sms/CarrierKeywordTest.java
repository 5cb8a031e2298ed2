package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CarrierKeywordTest {

    @ParameterizedTest
    @CsvSource({
        "STOP, OPT_OUT", "stop, OPT_OUT", "Stop., OPT_OUT", "' StOp! ', OPT_OUT", "stopall, OPT_OUT",
        "Unsubscribe, OPT_OUT", "cancel, OPT_OUT", "END, OPT_OUT", "quit, OPT_OUT", "revoke, OPT_OUT",
        "optout, OPT_OUT", "Parar, OPT_OUT", "baja, OPT_OUT",
        "START, OPT_IN", "unstop, OPT_IN", "Yes, YES", "yes!, YES",
        "HELP, HELP", "info, HELP", "Ayuda, HELP", "more, MORE", "Más, MORE", "MAS, MORE", "next, MORE", "Siguiente, MORE"})
    void aKeywordAloneIsACarrierKeyword(String text, CarrierKeyword keyword) {
        assertThat(CarrierKeyword.of(text)).contains(keyword);
    }

    @ParameterizedTest
    @ValueSource(strings = {"please stop texting me", "I want to cancel my listing", "stop it", "yes please",
        "help me", "the end", "", "94110"})
    void aKeywordInsideASentenceIsOrdinaryText(String text) {
        assertThat(CarrierKeyword.of(text)).isEqualTo(Optional.empty());
    }
}
