package org.beloved.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.beloved.shared.Channel;
import org.beloved.shared.Texts;
import org.beloved.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** Engines and messages for tests, on the real test database. */
final class ConversationFixtures {

    private ConversationFixtures() {
    }

    static Texts texts() {
        return new Texts(List.of(new ConversationTexts(), () -> "i18n/test-flow"));
    }

    /** The engine with the built-in commands plus {@code extra}, flows timing out after 30 minutes. */
    static Conversations engine(Clock clock, List<Command> extra, List<Flow> flows, List<FreeText> freeTexts) {
        List<Command> commands = new ArrayList<>(List.of(new HelpCommand(), new MenuCommand(), new SpanishCommand(),
                new EnglishCommand()));
        commands.addAll(extra);
        var jdbc = TestDatabase.jdbc();
        return new Conversations(commands, flows, freeTexts, new SenderStore(jdbc, new JdbcTemplate(TestDatabase.dataSource())), new FlowStore(jdbc), new Continuations(jdbc), texts(),
                new ConversationSettings(Duration.ofMinutes(30)), clock);
    }

    static Inbound sms(String from, String text, Clock clock) {
        return new Inbound(Channel.SMS, from, text, Instant.now(clock), null);
    }
}
