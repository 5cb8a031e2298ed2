package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.beloved.messaging.Delivery;
import org.beloved.messaging.Reachability;
import org.beloved.shared.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Delivery through mocked JDA objects, with the real reachability records. */
class DiscordChannelTest extends BotTest {

    private static final String USER = "100000000000000005";

    @Autowired
    Reachability reachability;

    @Autowired
    DirectMessageChannels dmChannels;

    private final ShardManager shards = mock(ShardManager.class);
    private final PrivateChannel dm = mock(PrivateChannel.class);
    private final MessageCreateAction send = mock(MessageCreateAction.class);
    private DiscordChannel channel;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void jda() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("shardManager", shards);
        channel = new DiscordChannel(new DiscordGateway(beans.getBeanProvider(ShardManager.class)), reachability, dmChannels);

        JDA jda = mock(JDA.class);
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        when(shards.getShardById(0)).thenReturn(jda);
        when(jda.openPrivateChannelById(USER)).thenReturn(open);
        when(open.submit()).thenReturn(CompletableFuture.completedFuture(dm));
        when(dm.getId()).thenReturn("900000000000000099");
        when(dm.sendMessage(any(MessageCreateData.class))).thenReturn(send);
    }

    private static Message message(String id) {
        Message message = mock(Message.class);
        when(message.getId()).thenReturn(id);
        return message;
    }

    @Test
    void aDirectMessageIsSentAsAnEmbed() {
        Message sent = message("555");
        when(send.submit()).thenReturn(CompletableFuture.completedFuture(sent));
        Delivery delivery = channel.send(1L, USER, "The webinar starts in 1 hour.");
        assertThat(delivery).isEqualTo(Delivery.sent("555"));
        ArgumentCaptor<MessageCreateData> message = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(dm).sendMessage(message.capture());
        assertThat(message.getValue().getEmbeds()).singleElement().extracting(MessageEmbed::getDescription)
                .isEqualTo("The webinar starts in 1 hour.");
        assertThat(dmChannels.of(USER)).contains("900000000000000099");   // the next DM is one call
    }

    @Test
    void closedDmsMarkTheUserUnreachableInsteadOfRetrying() {
        ErrorResponseException closed = mock(ErrorResponseException.class);
        when(closed.getErrorResponse()).thenReturn(ErrorResponse.CANNOT_SEND_TO_USER);
        when(send.submit()).thenReturn(CompletableFuture.failedFuture(closed));

        assertThat(channel.send(1L, USER, "hello").status()).isEqualTo(Delivery.Status.SKIPPED);
        assertThat(reachability.isUnreachable(Channel.DISCORD, USER)).isTrue();
        verify(dm).sendMessage(any(MessageCreateData.class));
        // that nothing more goes to an unreachable or opted-out user is the dispatcher's rule: core's OutboxTest
    }

    @Test
    void otherRefusalsAreFinalAndDoNotMarkTheUser() {
        ErrorResponseException other = mock(ErrorResponseException.class);
        when(other.getErrorResponse()).thenReturn(ErrorResponse.MISSING_ACCESS);
        when(send.submit()).thenReturn(CompletableFuture.failedFuture(other));
        assertThat(channel.send(1L, USER, "hello").status()).isEqualTo(Delivery.Status.REFUSED);
        assertThat(reachability.isUnreachable(Channel.DISCORD, USER)).isFalse();
    }

    @Test
    void aConnectionLostMidRequestIsAnUnknownOutcomeNeverRepeated() {
        ErrorResponseException lost = mock(ErrorResponseException.class);
        net.dv8tion.jda.api.requests.Response response = mock(net.dv8tion.jda.api.requests.Response.class);
        when(response.getException()).thenReturn(new java.net.SocketTimeoutException("Read timed out"));
        when(lost.getResponse()).thenReturn(response);
        when(lost.getErrorResponse()).thenReturn(ErrorResponse.SERVER_ERROR);
        when(lost.isServerError()).thenReturn(true);
        when(send.submit()).thenReturn(CompletableFuture.failedFuture(lost));
        assertThat(channel.send(1L, USER, "hello").status()).isEqualTo(Delivery.Status.UNKNOWN);
    }

    @Test
    void discordsOwnTroubleIsAFailureWorthRetrying() {
        ErrorResponseException down = mock(ErrorResponseException.class);
        when(down.getErrorResponse()).thenReturn(ErrorResponse.SERVER_ERROR);
        when(down.isServerError()).thenReturn(true);
        when(send.submit()).thenReturn(CompletableFuture.failedFuture(down));
        assertThat(channel.send(1L, USER, "hello").status()).isEqualTo(Delivery.Status.FAILED);
    }

    @Test
    void anAnnouncementIsPostedInTheServersChannel() {
        GuildMessageChannel news = mock(GuildMessageChannel.class);
        MessageCreateAction post = mock(MessageCreateAction.class);
        when(shards.getChannelById(GuildMessageChannel.class, "900000000000000077")).thenReturn(news);
        when(news.sendMessage(any(MessageCreateData.class))).thenReturn(post);
        Message posted = message("777");
        when(post.submit()).thenReturn(CompletableFuture.completedFuture(posted));

        assertThat(channel.post("900000000000000077", DiscordChannel.embed("New webinar"))).isEqualTo(Delivery.sent("777"));
        assertThat(channel.post("900000000000000078", DiscordChannel.embed("x")).status()).isEqualTo(Delivery.Status.FAILED);
    }

    @Test
    void withoutATokenNothingIsSent() {
        DiscordChannel off = new DiscordChannel(new DiscordGateway(new StaticListableBeanFactory().getBeanProvider(ShardManager.class)),
                reachability, dmChannels);
        assertThat(off.send(1L, USER, "hello").status()).isEqualTo(Delivery.Status.SKIPPED);
    }
}
