package org.beloved.bot;

import java.util.concurrent.ExecutionException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.internal.requests.RestActionImpl;

/**
 * {@code POST} and {@code GET /channels/{id}/messages} with payloads Beloved builds itself, for a
 * channel JDA need not have in its cache (a DM channel stored before a restart or by another
 * instance). Both go through JDA's requester, so Discord's rate limits (429, retry_after) are kept as
 * for any call. Uses JDA's internal {@code RestActionImpl}: check it on JDA upgrades.
 *
 * <p>A message posted here carries a {@code nonce} with {@code enforce_nonce}: Discord then answers a
 * repeated post with the same nonce (within a few minutes) with the message it already created
 * instead of creating another, so a post whose answer was lost can be sent again safely. A nonce is
 * an integer or a string of at most {@value #NONCE_MAX} characters.
 */
final class ChannelMessages {

    static final int NONCE_MAX = 25;
    /** Discord's largest page of channel messages. */
    static final int PAGE = 100;
    /** JSON error code Discord answers when a bot opens DM channels too fast. */
    static final int OPENING_DMS_TOO_FAST = 40003;

    private ChannelMessages() {
    }

    /** {@code body} with {@code nonce} (at most 25 characters) and {@code enforce_nonce: true}. */
    static DataObject withNonce(DataObject body, String nonce) {
        if (nonce.isEmpty() || nonce.length() > NONCE_MAX) {
            throw new IllegalArgumentException("A Discord nonce has 1 to " + NONCE_MAX + " characters: " + nonce);
        }
        return body.put("nonce", nonce).put("enforce_nonce", true);
    }

    /** Posts {@code body} (a message create payload) in the channel; the answer is the message id. */
    static RestAction<String> post(JDA jda, String channelId, DataObject body) {
        return new RestActionImpl<>(jda, Route.Messages.SEND_MESSAGE.compile(channelId), body,
                (response, request) -> response.getObject().getString("id"));
    }

    /** Up to {@link #PAGE} messages of the channel created after the message (or snowflake) {@code afterId}. */
    static RestAction<DataArray> after(JDA jda, String channelId, long afterId) {
        Route.CompiledRoute route = Route.Messages.GET_MESSAGE_HISTORY.compile(channelId)
                .withQueryParams("limit", Integer.toString(PAGE), "after", Long.toUnsignedString(afterId));
        return new RestActionImpl<>(jda, route, (response, request) -> response.getArray());
    }

    /** The failure behind a JDA future's {@link ExecutionException}. */
    static Throwable cause(Throwable failure) {
        return failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** The request reached Discord, or may have, but its answer was lost (a connection failed mid-request). */
    static boolean answerLost(Throwable failure) {
        return failure instanceof ErrorResponseException error && error.getResponse() != null
                && error.getResponse().getException() != null;
    }

    /**
     * Discord said "not now" rather than "no": its own trouble (5xx, after JDA's own retries of 502,
     * 503, 504), a rate limit JDA did not wait out, or opening DMs too fast (40003). Worth trying again
     * later; any other 4xx answer is final.
     */
    static boolean passing(Throwable failure) {
        if (failure instanceof RateLimitedException) {
            return true;
        }
        if (!(failure instanceof ErrorResponseException error)) {
            return false;
        }
        Integer status = error.getResponse() == null ? null : error.getResponse().code;
        return error.isServerError() || error.getErrorCode() == OPENING_DMS_TOO_FAST
                || status != null && (status == 429 || status >= 500);
    }

    /** Discord's error code, when the failure is Discord's answer: e.g. 50007, 10003. */
    static boolean isError(Throwable failure, int code) {
        return failure instanceof ErrorResponseException error && error.getErrorCode() == code;
    }
}
