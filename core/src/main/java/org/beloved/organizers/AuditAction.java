package org.beloved.organizers;

/**
 * What an organizer or admin did. The codes are a contract (they are stored and shown by the audit
 * endpoint): add new ones, never rename.
 */
public enum AuditAction {
    LISTING_APPROVE("listing.approve"),
    LISTING_HIDE("listing.hide"),
    LISTING_EDIT("listing.edit"),
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
