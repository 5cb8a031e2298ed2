package org.beloved.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.beloved.conversation.Conversations;
import org.beloved.conversation.Inbound;
import org.beloved.conversation.Reply;
import org.beloved.messaging.InboundIntake;
import org.beloved.messaging.InboundLog;
import org.beloved.messaging.OptOuts;
import org.beloved.shared.Channel;
import org.beloved.shared.CleanText;
import org.beloved.shared.Language;
import org.beloved.shared.Pii;
import org.beloved.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One verified inbound SMS to the messages to answer with. Carrier rules come first (opt-out,
 * opt-in, HELP), then loop and abuse protection, then the conversation engine; replies are paged
 * to the segment budget. Everything runs in one transaction with the idempotency record, so a
 * retried webhook gets the stored answer and has no second effect. The claim, the opt-out check,
 * the sender's recent count and their reachability are one round trip ({@link InboundIntake}); the
 * sender's language is read here only on the paths that answer without the conversation engine,
 * which reads it itself. The body is
 * {@link CleanText#clean cleaned} before anything is stored or routed; a body with a NUL is
 * answered politely and neither stored nor routed.
 */
@Service
class SmsInbound {

    private static final Logger log = LoggerFactory.getLogger(SmsInbound.class);

    /** A message as Twilio posted it. {@code to} is the number it was sent to; {@code mediaCount} is NumMedia. */
    record Message(String sid, String from, String to, String body, int mediaCount) {

        /** The same message with every text {@link CleanText#clean cleaned} (a missing body is empty). */
        Message cleaned() {
            return new Message(CleanText.clean(sid), CleanText.clean(from), CleanText.clean(to),
                    body == null ? "" : CleanText.clean(body), mediaCount);
        }
    }

    private final SmsProperties properties;
    private final InboundLog inboundLog;
    private final InboundIntake intake;
    private final OptOuts optOuts;
    private final Conversations conversations;
    private final PendingPages pendingPages;
    private final Texts texts;
    private final Clock clock;

    SmsInbound(SmsProperties properties, InboundLog inboundLog, InboundIntake intake, OptOuts optOuts,
            Conversations conversations, PendingPages pendingPages, Texts texts, Clock clock) {
        this.properties = properties;
        this.inboundLog = inboundLog;
        this.intake = intake;
        this.optOuts = optOuts;
        this.conversations = conversations;
        this.pendingPages = pendingPages;
        this.texts = texts;
        this.clock = clock;
    }

    /** @return the messages to answer with, in order; empty for a deliberate silence */
    @Transactional
    public List<String> handle(Message received) {
        if (properties.isOwnNumber(received.from()) || received.from().equals(received.to())) {
            log.warn("Ignored an SMS from our own number {} (loop protection)", Pii.mask(received.from()));
            return List.of();
        }
        if (CleanText.hasNul(received.body())) {
            return unreadable(received);
        }
        Message message = received.cleaned();
        Instant now = clock.instant();
        Optional<CarrierKeyword> keyword = CarrierKeyword.of(message.body());
        boolean startOrStop = keyword.equals(Optional.of(CarrierKeyword.OPT_OUT))
                || keyword.equals(Optional.of(CarrierKeyword.OPT_IN));
        InboundIntake.Received intook = intake.receive(Channel.SMS, message.sid(), message.from(), message.body(), now,
                now.minus(properties.rateWindow()), !startOrStop);
        if (!intook.firstTime()) {
            return intook.reply();
        }
        Optional<String> page = intook.optedOut() ? Optional.empty() : nextPage(message.from(), keyword, now);
        List<String> reply = page.map(List::of).orElseGet(() -> answer(message, keyword, intook, now)).stream()
                .map(GsmText::twins).toList();
        inboundLog.recordReply(Channel.SMS, message.sid(), reply, page.isPresent(), Segments.ofReply(reply));
        return reply;
    }

    /**
     * MORE with pages waiting: the next one, before the per-sender limit, which leaves such messages
     * out (see {@link InboundLog#recordReply}): reading a long answer page by page is not abuse.
     */
    private Optional<String> nextPage(String from, Optional<CarrierKeyword> keyword, Instant now) {
        if (!keyword.equals(Optional.of(CarrierKeyword.MORE))) {
            return Optional.empty();
        }
        return pendingPages.take(from, now).map(next -> withMore(next.page(), next.moreAfter(), next.language()));
    }

    /** A body with a NUL: a polite reply (nothing at all for an opted-out number); nothing stored or routed. */
    private List<String> unreadable(Message message) {
        log.info("SMS {} from {} holds a NUL: not stored", message.sid(), Pii.mask(message.from()));
        if (optOuts.isOptedOut(Channel.SMS, message.from())) {
            return List.of();
        }
        return List.of(GsmText.twins(texts.get(conversations.languageOf(Channel.SMS, message.from()), "sms.unreadable")));
    }

    /** The sender was marked reachable by the claim unless they opted out or this is START or STOP. */
    private List<String> answer(Message message, Optional<CarrierKeyword> keyword, InboundIntake.Received received,
            Instant now) {
        String from = message.from();
        String body = message.body();
        boolean optedOut = received.optedOut();
        Supplier<Language> language = once(() -> conversations.languageOf(Channel.SMS, from));
        if (keyword.equals(Optional.of(CarrierKeyword.OPT_OUT))) {
            return optOut(from, body, optedOut, language);
        }
        if (keyword.equals(Optional.of(CarrierKeyword.OPT_IN))
                || (optedOut && keyword.equals(Optional.of(CarrierKeyword.YES)))) {
            optOuts.optIn(Channel.SMS, from);
            Language answer = CarrierKeyword.confirmedByUs(body) ? Language.ES : language.get();
            List<String> started = new ArrayList<>(List.of(texts.get(answer, "sms.started")));
            conversations.formDroppedAtOptOut(Channel.SMS, from).ifPresent(started::add);
            return started;
        }
        if (optedOut && keyword.equals(Optional.of(CarrierKeyword.HELP))) {
            return List.of(texts.get(language.get(), "sms.carrier-help"));
        }
        if (optedOut) {
            return List.of();
        }
        Optional<List<String>> limited = rateLimit(from, received.recent(), language);
        if (limited.isPresent()) {
            return limited.get();
        }
        if (body.isBlank() && message.mediaCount() > 0) {
            return List.of(texts.get(language.get(), "sms.text-only"));
        }
        Reply reply = conversations.handle(new Inbound(Channel.SMS, from, body, now, message.sid()));
        List<String> messages = new ArrayList<>(reply.messages());
        if (keyword.equals(Optional.of(CarrierKeyword.HELP))) {
            messages.add(0, texts.get(reply.language(), "sms.carrier-help"));
        }
        return paged(from, message.sid(), reply.language(), messages, now);
    }

    /**
     * An opt-out word: the number is opted out and any form it was filling in is dropped. Twilio
     * confirms its own words when it handles opt-out (a second confirmation puts the number at
     * risk); the Spanish words it does not know are confirmed here, in Spanish, once.
     */
    private List<String> optOut(String from, String body, boolean alreadyOptedOut, Supplier<Language> language) {
        optOuts.optOut(Channel.SMS, from, "keyword");
        pendingPages.clear(from);
        conversations.dropFormAtOptOut(Channel.SMS, from);
        log.info("SMS opt-out from {}", Pii.mask(from));
        if (CarrierKeyword.confirmedByUs(body)) {
            return alreadyOptedOut ? List.of() : List.of(texts.get(Language.ES, "sms.stopped"));
        }
        return properties.carrierHandlesOptOut() ? List.of() : List.of(texts.get(language.get(), "sms.stopped"));
    }

    /** The value the first {@code get()} computes, computed at most once. */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    /** Over the limit: one notice on the first message past it, then silence until the window passes. */
    private Optional<List<String>> rateLimit(String from, int count, Supplier<Language> language) {
        if (count <= properties.rateLimit()) {
            return Optional.empty();
        }
        if (count == properties.rateLimit() + 1) {
            log.warn("SMS sender {} is over {} messages in {}", Pii.mask(from), properties.rateLimit(), properties.rateWindow());
            return Optional.of(List.of(texts.get(language.get(), "sms.rate-limited")));
        }
        return Optional.of(List.of());
    }

    /**
     * Over the segment budget, the first page now and the rest kept for MORE; except right after
     * DELETE MY DATA, when keeping pages would store the number again: then the reply goes whole.
     */
    private List<String> paged(String from, String sid, Language language, List<String> messages, Instant now) {
        // Paged as sent: without the control characters TwiML drops, which would count the page as UCS-2.
        List<String> gsm = messages.stream().map(CleanText::strip).map(GsmText::twins).toList();
        Optional<List<String>> paged = Pages.ifOverBudget(gsm, properties.replySegmentBudget(),
                texts.get(language, "sms.more"));
        if (paged.isEmpty() || inboundLog.isErased(Channel.SMS, sid)) {
            pendingPages.clear(from);
            return gsm;
        }
        List<String> pages = paged.get();
        pendingPages.replace(from, language, pages.subList(1, pages.size()), now);
        return List.of(withMore(pages.get(0), pages.size() > 1, language));
    }

    private String withMore(String page, boolean moreAfter, Language language) {
        return moreAfter ? page + "\n" + texts.get(language, "sms.more") : page;
    }
}
