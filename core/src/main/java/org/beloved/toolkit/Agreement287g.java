package org.beloved.toolkit;

/** What state law says about local 287(g) agreements (the {@code agreement_287g} column). */
public enum Agreement287g {
    /** Jails or sheriffs must seek or enter a 287(g) agreement. */
    MANDATED,
    /** Local 287(g) agreements are forbidden. */
    FORBIDDEN,
    /** Neither: each county decides. */
    ALLOWED
}
