package org.beloved.directory;

import org.beloved.shared.Channel;

/**
 * A limit on registrations by text (JOIN), kept by the application: the web chat simulator's
 * registrations count toward the same per-address sign-up limit as the web form. The registration
 * flow asks {@link #admits} just before it saves, and reports a saved one with {@link #accepted};
 * both run in the sender's turn, in one transaction, so an implementation may hold a lock from
 * the one to the other. Without any gate every registration is admitted.
 */
public interface SignUpGate {

    /** Whether this sender may register one more congregation now. */
    boolean admits(Channel channel, String sender);

    /** Counts a registration of this sender that was saved; refused ones never count. */
    void accepted(Channel channel, String sender);
}
