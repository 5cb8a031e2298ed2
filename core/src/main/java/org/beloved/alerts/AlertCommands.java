package org.beloved.alerts;

import java.util.Optional;
import java.util.Set;
import org.beloved.conversation.Command;
import org.beloved.conversation.Flow;
import org.beloved.conversation.FlowState;
import org.beloved.conversation.Outcome;
import org.beloved.conversation.Turn;
import org.beloved.directory.SearchedZips;
import org.beloved.directory.ZipCode;
import org.beloved.directory.ZipCodes;
import org.beloved.directory.ZipLookup;
import org.beloved.shared.Channel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * ALERTS (ALERTAS) and ALERTS OFF (ALERTAS NO) in text conversations. ALERTS opts in at once with the
 * first place it knows: a ZIP given with it ("ALERTS 60614"), the ZIP the sender searched last; else
 * it asks for one and takes the next ZIP. A subscriber texting ALERTS again is told where alerts go.
 * The answer says what they will receive and how to stop. The web simulator cannot receive alerts.
 */
@Configuration(proxyBeanMethods = false)
class AlertCommands {

    @Bean
    AlertsCommand alertsCommand(AlertSubscribers subscribers, SearchedZips searched, ZipCodes zipCodes, AlertPlaces places) {
        return new AlertsCommand(subscribers, searched, zipCodes, places);
    }

    @Bean
    Command alertsOffCommand(AlertSubscribers subscribers) {
        return new Command() {
            @Override
            public Set<String> keywords() {
                return Set.of("ALERTS OFF", "ALERTAS NO", "ALERTAS OFF", "ALERT OFF", "ALERTS NO");
            }

            @Override
            public Outcome run(Turn turn, String arguments) {
                boolean was = subscribers.unsubscribe(turn.inbound().channel(), turn.inbound().sender());
                return Outcome.reply(turn.t(was ? "alerts.off" : "alerts.was-off"));
            }
        };
    }

    static final class AlertsCommand implements Command, Flow {

        private final AlertSubscribers subscribers;
        private final SearchedZips searched;
        private final ZipCodes zipCodes;
        private final AlertPlaces places;

        AlertsCommand(AlertSubscribers subscribers, SearchedZips searched, ZipCodes zipCodes, AlertPlaces places) {
            this.subscribers = subscribers;
            this.searched = searched;
            this.zipCodes = zipCodes;
            this.places = places;
        }

        @Override
        public String id() {
            return "alerts";
        }

        @Override
        public Set<String> keywords() {
            return Set.of("ALERTS", "ALERTAS", "ALERT", "ALERTA", "ALERTS ON", "ALERTAS SI");
        }

        @Override
        public boolean takesArguments() {
            return true;
        }

        @Override
        public Optional<String> helpKey() {
            return Optional.of("help.line.alerts");
        }

        @Override
        public int helpOrder() {
            return 52;
        }

        @Override
        public Outcome run(Turn turn, String arguments) {
            Channel channel = turn.inbound().channel();
            String sender = turn.inbound().sender();
            if (channel == Channel.WEB) {
                return Outcome.reply(turn.t("alerts.web"));
            }
            if (!arguments.isBlank()) {
                return answer(turn, FlowState.start(id(), "zip"), arguments);
            }
            Optional<ZipCode> known = subscribers.find(channel, sender).map(s -> zipCodes.lookup(s.zip()))
                    .filter(ZipLookup.Found.class::isInstance).map(f -> ((ZipLookup.Found) f).zipCode());
            if (known.isPresent()) {
                subscribe(turn, known.get());
                return Outcome.reply(turn.t("alerts.already", places.of(turn.language(), known.get())));
            }
            return searched.last(channel, sender).map(zip -> subscribed(turn, zip))
                    .orElseGet(() -> Outcome.ask(FlowState.start(id(), "zip"), turn.t("alerts.ask-zip")));
        }

        @Override
        public Outcome answer(Turn turn, FlowState state, String text) {
            if (!(zipCodes.lookup(text) instanceof ZipLookup.Found found)) {
                return Outcome.ask(state, turn.t("alerts.bad-zip"));
            }
            return subscribed(turn, found.zipCode());
        }

        private Outcome subscribed(Turn turn, ZipCode zip) {
            subscribe(turn, zip);
            return Outcome.reply(turn.t("alerts.on", places.of(turn.language(), zip)));
        }

        private void subscribe(Turn turn, ZipCode zip) {
            subscribers.subscribe(turn.inbound().channel(), turn.inbound().sender(), turn.language(), zip);
        }
    }
}
