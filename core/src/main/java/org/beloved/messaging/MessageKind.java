package org.beloved.messaging;

/**
 * What an outbox message is: each kind has one {@link OutboxRenderer} that writes its text at dispatch.
 * The codes are what the {@code outbox.kind} column holds; this enum is the one place they are mapped.
 */
public enum MessageKind implements StoredCode {
    /** A webinar is coming up (subject: the webinar; lead: how long before its start the reminder was planned). */
    REMINDER("reminder"),
    /** A webinar someone was reminded of was cancelled. */
    CANCELLATION("cancellation"),
    /** A webinar someone was reminded of moved to a new time. */
    MOVED("moved"),
    /** CONNECT n: a congregation's contact is asked whether to share it with a volunteer (subject: the request). */
    CONNECT_ASK("connect-ask"),
    /** CONNECT n: the congregation said yes; the volunteer gets its contact (subject: the request). */
    CONNECT_SHARED("connect-shared"),
    /** CONNECT n: the congregation said no; the volunteer is told, with no details (subject: the request). */
    CONNECT_DECLINED("connect-declined"),
    /** Fresh listings: a listing's contact is asked whether the congregation is still in the campaign (subject: the listing). */
    LISTING_CHECK_IN("listing-check-in"),
    /**
     * An organizer's action alert to those who opted in (subject: the alert). Its renderer decides
     * about quiet hours itself: an urgent alert (an enforcement action under way) does not wait them out.
     */
    ALERT("alert");

    private final String code;

    MessageKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    static MessageKind fromCode(String code) {
        return StoredCode.fromCode(MessageKind.class, code);
    }
}
