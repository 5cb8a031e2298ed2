package org.beloved.webinars;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beloved.conversation.Command;
import org.beloved.conversation.Flow;
import org.beloved.conversation.FlowState;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.beloved.shared.Channel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * WEBINARS (SEMINARIOS), REMIND (RECORDAR) and REMIND OFF (RECORDAR NO) in text conversations.
 * REMIND asks for a ZIP code only when it knows no time zone for the sender; WEBINARS tells a
 * subscriber that they are subscribed, and each reader sees a bilingual webinar's title in their language.
 */
@Configuration(proxyBeanMethods = false)
class WebinarCommands {

    @Bean
    Command webinarsCommand(Webinars webinars, Subscriptions subscriptions) {
        return new Command() {
            @Override
            public Set<String> keywords() {
                return Set.of("WEBINARS", "SEMINARIOS", "WEBINAR", "SEMINARIO");
            }

            @Override
            public Optional<String> helpKey() {
                return Optional.of("help.line.webinars");
            }

            @Override
            public int helpOrder() {
                return 50;
            }

            @Override
            public Outcome run(Turn turn, String arguments) {
                List<Webinar> upcoming = webinars.upcoming();
                Optional<ZoneId> zone = subscriptions.zoneOf(turn.inbound().channel(), turn.inbound().sender());
                if (upcoming.isEmpty()) {
                    return Outcome.reply(zone.map(z -> turn.t("webinars.none-subscribed", ZoneNames.of(z, turn.language())))
                            .orElseGet(() -> turn.t("webinars.none")));
                }
                StringBuilder text = new StringBuilder(turn.t("webinars.header"));
                for (Webinar w : upcoming.subList(0, Math.min(5, upcoming.size()))) {
                    text.append('\n').append(turn.t("webinars.line", w.title(turn.language()),
                            WebinarTimes.format(w.start(), zone.orElse(w.timeZone()), turn.language()), w.joinUrl()));
                }
                String hint = zone.map(z -> turn.t("webinars.subscribed-hint", ZoneNames.of(z, turn.language())))
                        .orElseGet(() -> turn.t("webinars.remind-hint"));
                return Outcome.reply(text.append('\n').append(hint).toString());
            }
        };
    }

    @Bean
    RemindCommand remindCommand(Subscriptions subscriptions, ZoneHints hints, ZipCodes zipCodes) {
        return new RemindCommand(subscriptions, hints, zipCodes);
    }

    @Bean
    Command remindOffCommand(Subscriptions subscriptions) {
        return new Command() {
            @Override
            public Set<String> keywords() {
                return Set.of("REMIND OFF", "RECORDAR NO", "RECORDAR OFF", "REMINDERS OFF");
            }

            @Override
            public Outcome run(Turn turn, String arguments) {
                boolean was = subscriptions.unsubscribe(turn.inbound().channel(), turn.inbound().sender());
                return Outcome.reply(turn.t(was ? "remind.off" : "remind.was-off"));
            }
        };
    }

    /**
     * REMIND: subscribes in the first zone it knows: a ZIP code given with it ("REMIND 60614"), the
     * sender's subscription (renewed), the ZIP they searched within a day; else it asks for a ZIP.
     */
    static final class RemindCommand implements Command, Flow {

        private final Subscriptions subscriptions;
        private final ZoneHints hints;
        private final ZipCodes zipCodes;

        RemindCommand(Subscriptions subscriptions, ZoneHints hints, ZipCodes zipCodes) {
            this.subscriptions = subscriptions;
            this.hints = hints;
            this.zipCodes = zipCodes;
        }

        @Override
        public String id() {
            return "remind";
        }

        @Override
        public Set<String> keywords() {
            return Set.of("REMIND", "RECORDAR", "REMIND ME", "REMIND ON", "RECORDAR SI");
        }

        @Override
        public boolean takesArguments() {
            return true;
        }

        @Override
        public Optional<String> helpKey() {
            return Optional.of("help.line.remind");
        }

        @Override
        public int helpOrder() {
            return 51;
        }

        @Override
        public Outcome run(Turn turn, String arguments) {
            Channel channel = turn.inbound().channel();
            String sender = turn.inbound().sender();
            if (ZipCodes.normalize(arguments).isPresent()) {
                return answer(turn, FlowState.start(id(), "zip"), arguments);
            }
            Optional<ZoneId> subscribed = subscriptions.zoneOf(channel, sender);
            if (subscribed.isPresent()) {
                subscriptions.subscribe(channel, sender, subscribed.get()); // renewed
                return Outcome.reply(turn.t("remind.already", ZoneNames.of(subscribed.get(), turn.language())));
            }
            return hints.zoneOf(channel, sender).map(zone -> subscribed(turn, zone))
                    .orElseGet(() -> Outcome.ask(FlowState.start(id(), "zip"), turn.t("remind.ask-zip")));
        }

        @Override
        public Outcome answer(Turn turn, FlowState state, String text) {
            ZipLookup lookup = zipCodes.lookup(text);
            if (!(lookup instanceof ZipLookup.Found found)) {
                return Outcome.ask(state, turn.t("remind.bad-zip"));
            }
            return subscribed(turn, found.zipCode().timeZone());
        }

        private Outcome subscribed(Turn turn, ZoneId zone) {
            subscriptions.subscribe(turn.inbound().channel(), turn.inbound().sender(), zone);
            return Outcome.reply(turn.t("remind.on", ZoneNames.of(zone, turn.language())));
        }
    }
}
