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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * WEBINARS (SEMINARIOS), REMIND (RECORDAR) and REMIND OFF (RECORDAR NO) in text conversations.
 * REMIND asks for a ZIP code when it does not know the sender's time zone yet.
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
                if (upcoming.isEmpty()) {
                    return Outcome.reply(turn.t("webinars.none"));
                }
                Optional<ZoneId> zone = subscriptions.zoneOf(turn.inbound().channel(), turn.inbound().sender());
                StringBuilder text = new StringBuilder(turn.t("webinars.header"));
                for (Webinar w : upcoming.subList(0, Math.min(5, upcoming.size()))) {
                    text.append('\n').append(turn.t("webinars.line", w.title(),
                            WebinarTimes.format(w.start(), zone.orElse(w.timeZone()), turn.language()), w.joinUrl()));
                }
                return Outcome.reply(text.append('\n').append(turn.t("webinars.remind-hint")).toString());
            }
        };
    }

    @Bean
    RemindCommand remindCommand(Subscriptions subscriptions, ZipCodes zipCodes) {
        return new RemindCommand(subscriptions, zipCodes);
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

    /** REMIND: subscribes, asking for a ZIP code first when the sender's time zone is unknown. */
    static final class RemindCommand implements Command, Flow {

        private final Subscriptions subscriptions;
        private final ZipCodes zipCodes;

        RemindCommand(Subscriptions subscriptions, ZipCodes zipCodes) {
            this.subscriptions = subscriptions;
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
        public Optional<String> helpKey() {
            return Optional.of("help.line.remind");
        }

        @Override
        public int helpOrder() {
            return 51;
        }

        @Override
        public Outcome run(Turn turn, String arguments) {
            Optional<ZoneId> zone = subscriptions.zoneOf(turn.inbound().channel(), turn.inbound().sender());
            zone.ifPresent(z -> subscriptions.subscribe(turn.inbound().channel(), turn.inbound().sender(), z)); // renewed
            return zone.map(z -> Outcome.reply(turn.t("remind.already", z.getId())))
                    .orElseGet(() -> Outcome.ask(FlowState.start(id(), "zip"), turn.t("remind.ask-zip")));
        }

        @Override
        public Outcome answer(Turn turn, FlowState state, String text) {
            ZipLookup lookup = zipCodes.lookup(text);
            if (!(lookup instanceof ZipLookup.Found found)) {
                return Outcome.ask(state, turn.t("remind.bad-zip"));
            }
            ZoneId zone = found.zipCode().timeZone();
            subscriptions.subscribe(turn.inbound().channel(), turn.inbound().sender(), zone);
            return Outcome.reply(turn.t("remind.on", zone.getId()));
        }
    }
}
