package org.beloved.conversation;

/**
 * Text that is not a keyword but still means something (a bare ZIP code, say), contributed by a
 * feature. The engine asks each in {@link #order()} and the first that accepts answers. A handler
 * whose meaning depends on what waits for the sender (a question asked earlier) may answer
 * {@link Outcome#decline()} when nothing waits: the next handler that accepts the text gets it.
 */
public interface FreeText {

    /** Whether this handler recognises {@code text} (trimmed, as the sender wrote it). */
    boolean accepts(String text);

    Outcome handle(Turn turn, String text);

    default int order() {
        return 100;
    }

    /** The message key of this handler's line in HELP, if it has one. */
    default java.util.Optional<String> helpKey() {
        return java.util.Optional.empty();
    }

    default int helpOrder() {
        return 100;
    }
}
