package org.beloved.messaging;

import java.time.LocalDate;

/**
 * One day (UTC) of messaging, for organizers' charts.
 *
 * @param textsIn texts received (SMS, Discord DMs; not the web simulator)
 * @param textsOut replies to those texts plus messages the outbox sent that day
 * @param failures outbox messages that failed for good, by the day they were first queued
 * @param optOuts addresses that opted out that day (and are still opted out)
 */
public record MessagingDay(LocalDate day, long textsIn, long textsOut, long failures, long optOuts) {
}
