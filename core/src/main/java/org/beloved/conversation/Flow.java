package org.beloved.conversation;

/**
 * A multi-step conversation (a registration form, say). A command starts it by answering
 * {@link Outcome#ask}; the engine then hands the sender's next messages to {@link #answer} until
 * the flow ends, the sender texts MENU, or the state expires.
 */
public interface Flow {

    /** Stored with the state; must stay stable across releases. */
    String id();

    /** Handles the sender's answer at {@code state.step()}: validate, re-ask with a hint, or move on. */
    Outcome answer(Turn turn, FlowState state, String text);
}
