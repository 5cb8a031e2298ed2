package org.beloved.webinars;

/**
 * Published when a webinar is scheduled, edited or cancelled, inside the transaction that changed
 * it: listeners that tell the world (Discord announcements) act after the commit.
 *
 * @param webinar the webinar as it now is
 */
public record WebinarChanged(Webinar webinar, Change change) {

    public enum Change { SCHEDULED, EDITED, CANCELLED }
}
