package org.beloved.shared;

/** Where a conversation happens. The sender address means something different on each. */
public enum Channel {
    /** Address: the phone number in E.164. */
    SMS,
    /** Address: the Discord user id. */
    DISCORD,
    /** Address: the web chat simulator's session id. */
    WEB
}
