package org.beloved.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.beloved.app.directory.SignUpLimit;
import org.beloved.conversation.Conversations;
import org.beloved.conversation.Inbound;
import org.beloved.conversation.Languages;
import org.beloved.conversation.Reply;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Texts;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chat simulator on the home page: text the bot from a browser, as channel {@code web}. The
 * browser keeps a random session id as the sender, so the bot remembers it like a phone number.
 */
@RestController
class SimulatorController {

    /** One simulated text message: who (the browser's session id) and what. */
    record SimulatorMessage(
            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{8,64}", message = "sender must be 8 to 64 letters, digits, - or _")
            String sender,
            @NotNull @Size(max = 1600, message = "text must be at most 1600 characters") String text) {
    }

    /** The bot's answer: the language it answered in and its messages, in order. */
    record SimulatorReply(String language, List<String> messages) {
    }

    private final Conversations conversations;
    private final Languages languages;
    private final SimulatorLimit limit;
    private final Texts texts;
    private final Clock clock;

    SimulatorController(Conversations conversations, Languages languages, SimulatorLimit limit, Texts texts,
            Clock clock) {
        this.conversations = conversations;
        this.languages = languages;
        this.limit = limit;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * {@code ?lang=es}: the page is in Spanish, so the bot starts in Spanish with a sender it does
     * not know yet (a language the sender chooses, with ESPAÑOL or ENGLISH, wins from then on).
     */
    /**
     * Past the client address's limits (messages per minute, new senders per hour) the answer is
     * 429 with {@code Retry-After}, and nothing of the message is kept. The address is the request's
     * as Spring resolves it (behind a proxy: {@code server.forward-headers-strategy}).
     */
    @PostMapping(path = "/api/simulator", consumes = "application/json", produces = "application/json")
    SimulatorReply send(@Valid @RequestBody SimulatorMessage message, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        limit.admit(SignUpLimit.client(request.getRemoteAddr()), message.sender()).ifPresent(refusal -> {
            throw ApiException.tooManyRequests(texts.get(Language.fromCode(lang), refusal.key()), refusal.retryAfter());
        });
        if (Language.fromCode(lang) == Language.ES && languages.remembered(Channel.WEB, message.sender()).isEmpty()) {
            languages.remember(Channel.WEB, message.sender(), Language.ES);
        }
        Reply reply = conversations.handle(
                new Inbound(Channel.WEB, message.sender(), message.text(), clock.instant(), null));
        return new SimulatorReply(reply.language().code(), reply.messages());
    }
}
