package org.beloved.conversation;

import java.util.Optional;
import java.util.Set;

/**
 * A keyword (or a few words) that makes the bot do something, contributed by a feature as a
 * Spring bean. The engine routes to it by its keywords; nothing central lists command names.
 *
 * <p>Keywords are written in capitals without accents or punctuation ({@code "ESPANOL"},
 * {@code "DELETE MY DATA"}); what people type is normalised the same way before matching.
 * Never use a carrier opt-out word (STOP, CANCEL, END, QUIT, UNSUBSCRIBE, STOPALL, REVOKE,
 * OPTOUT) as a keyword: carriers act on those.
 */
public interface Command {

    /** English and Spanish aliases. */
    Set<String> keywords();

    /**
     * Whether text may follow the keyword ({@code PARTNERS 94110}). A command that takes none
     * matches only when the keyword is the whole message, so "help me find a church" is not HELP.
     */
    default boolean takesArguments() {
        return false;
    }

    /** Global commands work in the middle of a flow (HELP, MENU, language); others wait for it to end. */
    default boolean global() {
        return false;
    }

    /** The message key of this command's line in HELP, if it has one. */
    default Optional<String> helpKey() {
        return Optional.empty();
    }

    /** Where this command's line goes in HELP: lower first. */
    default int helpOrder() {
        return 100;
    }

    /**
     * @param arguments what followed the keyword, trimmed, as the sender wrote it ("" when nothing)
     */
    Outcome run(Turn turn, String arguments);
}
