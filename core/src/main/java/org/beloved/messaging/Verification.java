package org.beloved.messaging;

/**
 * What a channel found when asked whether an earlier attempt went out ({@link OutboundChannel#verify}).
 *
 * @param externalId the channel's id of the message found (Twilio's sid, Discord's message id), when it went
 * @param detail what was checked, for logs (never shown to users)
 */
public record Verification(Outcome outcome, String externalId, String detail) {

    public enum Outcome {
        /** The provider has the message: record it as sent, never send again. */
        WENT,
        /** The provider provably has no such message: safe to send again. */
        DID_NOT_GO,
        /** The provider could not be asked or could not tell: ask again later, never send blindly. */
        CANNOT_TELL
    }

    public static Verification went(String externalId) {
        return new Verification(Outcome.WENT, externalId, null);
    }

    public static Verification didNotGo(String detail) {
        return new Verification(Outcome.DID_NOT_GO, null, detail);
    }

    public static Verification cannotTell(String detail) {
        return new Verification(Outcome.CANNOT_TELL, null, detail);
    }
}
