package org.beloved.bot.webinars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.beloved.bot.BotTestApplication;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.Reminders;
import org.beloved.webinars.Subscriptions;
import org.beloved.webinars.Webinar;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A fired reminder reaches a Discord subscriber as a direct message: the outbox dispatcher of this
 * context (on, for this test alone) claims the row and delivers it through the Discord channel;
 * JDA is a mock, the outbox and subscriptions are real.
 */
@CleanDatabase
@DirtiesContext   // its dispatcher must not go on draining the shared outbox for the tests that follow
@SpringBootTest(classes = BotTestApplication.class, properties = {"beloved.messaging.dispatch-enabled=true",
        "beloved.messaging.dispatch-interval=100ms"})
@ContextConfiguration(initializers = TestDatabaseProperties.class)
class RemindersByDiscordTest {

    private static final String USER = "100000000000000041";

    @MockitoBean
    ShardManager shards;

    @Autowired
    Webinars webinars;

    @Autowired
    Reminders reminders;

    @Autowired
    Subscriptions subscriptions;

    @Test
    @SuppressWarnings("unchecked")
    void aReminderIsADirectMessageWithADiscordTimestamp() {
        JDA jda = mock(JDA.class);
        PrivateChannel dm = mock(PrivateChannel.class);
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        MessageCreateAction send = mock(MessageCreateAction.class);
        Message sent = mock(Message.class);
        when(sent.getId()).thenReturn("600000000000000001");
        when(shards.getShardById(0)).thenReturn(jda);
        when(jda.openPrivateChannelById(USER)).thenReturn(open);
        when(open.submit()).thenReturn(CompletableFuture.completedFuture(dm));
        when(dm.getId()).thenReturn("900000000000000001");
        when(dm.sendMessage(any(MessageCreateData.class))).thenReturn(send);
        when(send.submit()).thenReturn(CompletableFuture.completedFuture(sent));

        subscriptions.subscribe(Channel.DISCORD, USER, ZoneOffset.UTC);
        Webinar w = webinars.create(new WebinarDraft("Meet your officials", "", "2030-12-10T19:00", "America/Chicago", 60,
                "https://meet.example.org/x", "en")).webinar().orElseThrow();
        assertThat(reminders.fire(w.id(), Duration.ofHours(1))).isEqualTo(1);

        ArgumentCaptor<MessageCreateData> message = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(dm, timeout(10_000)).sendMessage(message.capture());
        assertThat(message.getValue().getEmbeds().get(0).getDescription()).contains("Meet your officials", "<t:" + w.start().getEpochSecond() + ":F>",
                "https://meet.example.org/x");
        await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.jdbc()
                .sql("select status || ':' || external_id from outbox").query(String.class).single()
                .equals("sent:600000000000000001"));
    }
}
