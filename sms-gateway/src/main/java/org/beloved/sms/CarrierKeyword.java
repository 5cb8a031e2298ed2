package org.beloved.sms;

import java.util.Optional;
import java.util.Set;
import org.beloved.conversation.Keywords;

/**
 * The words carriers act on, when they are the whole message (trimmed, any case, punctuation
 * ignored). Inside a longer sentence they are ordinary text. Twilio confirms its own default
 * opt-out and opt-in words in English; the Spanish ones (PARAR, BAJA, CANCELAR…; ALTA,
 * COMENZAR…) it does not know, so Beloved honours them and confirms them itself, in Spanish.
 */
enum CarrierKeyword {
    OPT_OUT, OPT_IN, YES, HELP, MORE;

    private static final Set<String> CARRIER_OPT_OUT_WORDS = Set.of(
            "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT");
    private static final Set<String> SPANISH_OPT_OUT_WORDS = Set.of("PARAR", "BAJA", "CANCELAR", "DETENER", "ALTO");
    private static final Set<String> CARRIER_OPT_IN_WORDS = Set.of("START", "UNSTOP");
    private static final Set<String> SPANISH_OPT_IN_WORDS = Set.of("ALTA", "COMENZAR", "INICIAR", "REANUDAR");
    private static final Set<String> HELP_WORDS = Set.of("HELP", "INFO", "AYUDA");
    private static final Set<String> MORE_WORDS = Set.of("MORE", "MAS", "NEXT", "SIGUIENTE");

    static Optional<CarrierKeyword> of(String text) {
        String word = Keywords.normalize(text);
        if (word.isEmpty() || word.contains(" ")) {
            return Optional.empty();
        }
        if (CARRIER_OPT_OUT_WORDS.contains(word) || SPANISH_OPT_OUT_WORDS.contains(word)) {
            return Optional.of(OPT_OUT);
        }
        if (CARRIER_OPT_IN_WORDS.contains(word) || SPANISH_OPT_IN_WORDS.contains(word)) {
            return Optional.of(OPT_IN);
        }
        if (word.equals("YES")) {
            return Optional.of(YES);
        }
        if (HELP_WORDS.contains(word)) {
            return Optional.of(HELP);
        }
        return MORE_WORDS.contains(word) ? Optional.of(MORE) : Optional.empty();
    }

    /** Whether the text is an opt-out or opt-in word the carrier does not confirm: Beloved confirms it, in Spanish. */
    static boolean confirmedByUs(String text) {
        String word = Keywords.normalize(text);
        return SPANISH_OPT_OUT_WORDS.contains(word) || SPANISH_OPT_IN_WORDS.contains(word);
    }
}
