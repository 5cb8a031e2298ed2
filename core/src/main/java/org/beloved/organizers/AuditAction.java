package org.beloved.organizers;

/**
 * What an organizer or admin did. The codes are a contract (they are stored and shown by the audit
 * endpoint): add new ones, never rename.
 */
public enum AuditAction {
    LISTING_APPROVE("listing.approve"),
    LISTING_HIDE("listing.hide"),
    LISTING_EDIT("listing.edit"),
    /** A hidden listing put back on the map by an organizer; its 90 days before the next check-in start again. */
    LISTING_RESTORE("listing.restore"),
    /** The listings waiting for an organizer after the 90-day check-in were read. */
    LISTING_STALE_READ("listing.stale-read"),
    /** A claim on a listing approved: the listing now carries the claimant's contact. */
    CLAIM_HAND_OVER("claim.hand-over"),
    CLAIM_REJECT("claim.reject"),
    WEBINAR_CREATE("webinar.create"),
    WEBINAR_EDIT("webinar.edit"),
    WEBINAR_CANCEL("webinar.cancel"),
    ANNOUNCE_CHANNEL_SET("announce-channel.set"),
    ANNOUNCE_CHANNEL_CLEAR("announce-channel.clear"),
    /** A Discord server's default ZIP (for /partners) set or cleared by its admins. */
    SERVER_ZIP_SET("server-zip.set"),
    SERVER_ZIP_CLEAR("server-zip.clear"),
    ORGANIZER_ADD("organizer.add"),
    ORGANIZER_REMOVE("organizer.remove"),
    /** DELETE MY DATA took an organizer's phone or Discord id out of the table. */
    ORGANIZER_ERASE("organizer.erase"),
    ORGANIZER_LIST("organizer.list"),
    AUDIT_READ("audit.read"),
    /** The portable export ({@code GET /api/admin/export}) was downloaded. */
    DATA_EXPORT("data.export"),
    /** A county's record (policy, 287(g), campaign, next meeting) saved by an organizer. */
    COUNTY_EDIT("county.edit"),
    /** An action alert drafted (with its preview; nothing sent). */
    ALERT_CREATE("alert.create"),
    /** An action alert drafted as urgent (quiet hours will not apply): the actor is who chose it. */
    ALERT_CREATE_URGENT("alert.create-urgent"),
    /** An action alert sent (its messages enqueued; a repeated send adds none). */
    ALERT_SEND("alert.send"),
    /** An urgent action alert sent: it goes at any hour. */
    ALERT_SEND_URGENT("alert.send-urgent"),
    /** An action alert and its delivery counts read. */
    ALERT_READ("alert.read"),
    /** An organizer signed in to the console ({@code /organize}) with a code sent to them. */
    CONSOLE_SIGN_IN("console.sign-in"),
    /** An organizer signed out of the console. */
    CONSOLE_SIGN_OUT("console.sign-out"),
    /** An authorized admin API call that was answered with an error: it changed nothing. */
    ADMIN_CALL_REFUSED("admin-api.refused");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
