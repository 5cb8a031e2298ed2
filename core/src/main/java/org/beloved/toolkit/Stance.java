package org.beloved.toolkit;

/** What a state's law says about local cooperation with ICE (the {@code stance} column of the state table). */
public enum Stance {
    /** State law requires jails or police to cooperate: honor detainers, no sanctuary policies, or 287(g). */
    REQUIRES,
    /** State law, a binding statewide directive or a state supreme court ruling limits or forbids cooperation. */
    LIMITS,
    /** No statewide rule either way: each county decides. */
    NONE
}
