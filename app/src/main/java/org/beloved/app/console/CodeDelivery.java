package org.beloved.app.console;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.beloved.messaging.Delivery;
import org.beloved.messaging.OutboundChannel;
import org.beloved.shared.Channel;
import org.beloved.shared.Language;
import org.beloved.shared.Pii;
import org.beloved.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends a sign-in code through the channel adapters' own {@link OutboundChannel} (Twilio for SMS, the
 * Discord DM) as a {@link OutboundChannel#sendSecret secret}: straight away, not through the outbox,
 * which keeps the text it sent and would hold a code behind reminders, and with no copy of the code
 * kept (the SMS log keeps {@link OutboundChannel#SECRET_KEPT_AS}). In the background, so that the
 * sign-in page answers as fast for a target that gets nothing as for one that gets a code. Each send's
 * reference is the code row's id, negated: no outbox row has it, and two codes never share a Discord
 * nonce. A Discord code needs this instance to hold the Discord connection; elsewhere it is not sent
 * (logged) and the organizer uses their phone. Nothing logged here holds the code.
 */
@Component
class CodeDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CodeDelivery.class);

    private final Map<Channel, OutboundChannel> channels;
    private final Texts texts;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "console-code");
        thread.setDaemon(true);
        return thread;
    });

    CodeDelivery(List<OutboundChannel> channels, Texts texts) {
        this.channels = channels.stream().collect(Collectors.toMap(OutboundChannel::channel, Function.identity()));
        this.texts = texts;
    }

    void send(long challengeId, SignInCodes.Target target, String code, Language language) {
        String text = texts.get(language, "console.code.text", code, SignInCodes.LIFETIME_MINUTES);
        executor.execute(() -> deliver(challengeId, target, text));
    }

    private void deliver(long challengeId, SignInCodes.Target target, String text) {
        OutboundChannel channel = channels.get(target.channel());
        try {
            if (channel == null || !channel.ready()) {
                log.warn("Console sign-in code for {} not sent: the {} channel is not ready on this instance",
                        Pii.mask(target.address()), target.channel());
                return;
            }
            Delivery delivery = channel.sendSecret(-challengeId, target.address(), text);
            log.info("Console sign-in code for {} by {}: {}", Pii.mask(target.address()), target.channel(),
                    delivery.status());
        } catch (RuntimeException e) {
            log.warn("Console sign-in code for {} by {} failed: {}", Pii.mask(target.address()), target.channel(),
                    e.getClass().getName());
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
