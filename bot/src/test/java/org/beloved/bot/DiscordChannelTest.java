package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.beloved.bot.testing.Call;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.bot.testing.FakeUser;
import org.beloved.bot.testing.Fault;
import org.beloved.messaging.Delivery;
import org.beloved.messaging.Reachability;
import org.beloved.messaging.Verification;
import org.beloved.shared.Channel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Delivery and verification of DMs through real JDA logged in to {@link FakeDiscord}, with the real
 * DM channel store and reachability records; only the gateway bean is replaced, to hand the
 * channel this test's JDA.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordChannelTest extends BotTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final FakeDiscord discord = FakeDiscord.start();

    @Autowired
    Reachability reachability;

    @Autowired
    DirectMessageChannels dmChannels;

    private ShardManager shards;
    private DiscordChannel channel;
    private FakeUser user;

    @BeforeAll
    void jda() throws InterruptedException {
        shards = DefaultShardManagerBuilder.createLight(discord.token(), EnumSet.of(GatewayIntent.DIRECT_MESSAGES))
                .disableCache(EnumSet.allOf(CacheFlag.class))
                .setRestConfig(new RestConfig().setBaseUrl(discord.apiBaseUrl()))
                .build();
        for (JDA shard : shards.getShards()) {
            shard.awaitReady();
        }
    }

    @BeforeEach
    void channel() {
        DiscordGateway gateway = mock(DiscordGateway.class);
        when(gateway.shards()).thenReturn(Optional.of(shards));
        channel = new DiscordChannel(gateway, reachability, dmChannels);
        user = discord.addUser("user" + System.nanoTime());
        discord.noncesInHistory(true);
    }

    @AfterAll
    void disconnect() {
        shards.shutdown();
        discord.close();
    }

    private String messagesPath() {
        return "/channels/" + discord.directMessageChannel(user) + "/messages";
    }

    private List<Call> posts() {
        return discord.calls("POST", messagesPath());
    }

    // ---- send

    @Test
    void aDirectMessageIsAnEmbedCarryingItsOutboxIdAsAnEnforcedNonce() {
        Delivery delivery = channel.send(41L, user.id(), "The webinar starts in 1 hour.");

        assertThat(delivery.status()).isEqualTo(Delivery.Status.SENT);
        Call post = posts().get(0);
        assertThat(delivery.externalId()).isEqualTo(post.responseJson().getString("id"));
        assertThat(post.json().getString("nonce")).isEqualTo("41");
        assertThat(post.json().getBoolean("enforce_nonce")).isTrue();
        assertThat(post.json().getArray("embeds").getObject(0).getString("description"))
                .isEqualTo("The webinar starts in 1 hour.");
        assertThat(dmChannels.of(user.id())).contains(discord.directMessageChannel(user));   // the next DM is one call
    }

    @Test
    void theSecondDirectMessageGoesToTheStoredChannelWithItsOwnNonce() {
        channel.send(51L, user.id(), "first");
        channel.send(52L, user.id(), "second");

        assertThat(discord.calls("POST", "/users/@me/channels")).filteredOn(c -> c.json().getString("recipient_id")
                .equals(user.id())).hasSize(1);
        assertThat(posts()).extracting(c -> c.json().getString("nonce")).containsExactly("51", "52");
    }

    @Test
    void sendingTheSameOutboxRowAgainGetsTheMessageDiscordAlreadyMade() {
        Delivery first = channel.send(61L, user.id(), "Reminder");
        Delivery again = channel.send(61L, user.id(), "Reminder");

        assertThat(again).isEqualTo(first);
        assertThat(posts()).hasSize(2);
        assertThat(discord.messagesIn(discord.directMessageChannel(user))).hasSize(1);
    }

    @Test
    void closedDmsMarkTheUserUnreachableInsteadOfRetrying() {
        discord.failNext("POST", messagesPath(), Fault.cannotSendToUser());

        assertThat(channel.send(1L, user.id(), "hello").status()).isEqualTo(Delivery.Status.SKIPPED);
        assertThat(reachability.isUnreachable(Channel.DISCORD, user.id())).isTrue();
        assertThat(posts()).extracting(Call::status).containsExactly(403);
        // that nothing more goes to an unreachable or opted-out user is the dispatcher's rule: core's OutboxTest
    }

    @Test
    void openingDirectMessagesTooFastIsAFailureThatPassesNotARefusal() {
        discord.failNext("POST", "/users/@me/channels", Fault.openingDirectMessagesTooFast());

        Delivery delivery = channel.send(1L, user.id(), "hello");

        assertThat(delivery.status()).isEqualTo(Delivery.Status.FAILED);   // the outbox tries again with back-off
        assertThat(delivery.detail()).contains("40003");
        assertThat(posts()).isEmpty();
        assertThat(reachability.isUnreachable(Channel.DISCORD, user.id())).isFalse();

        discord.failNext("POST", messagesPath(), Fault.openingDirectMessagesTooFast());
        assertThat(channel.send(1L, user.id(), "hello").status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(channel.send(1L, user.id(), "hello").status()).isEqualTo(Delivery.Status.SENT);
    }

    @Test
    void discordsOwnTroubleIsAFailureWorthRetrying() {
        channel.send(1L, user.id(), "stores the channel");
        discord.failNext("POST", messagesPath(), Fault.serverError(500));   // JDA itself retries only 502, 503, 504, 529

        assertThat(channel.send(2L, user.id(), "hello").status()).isEqualTo(Delivery.Status.FAILED);
    }

    @Test
    void otherRefusalsAreFinalAndDoNotMarkTheUser() {
        discord.failNext("POST", messagesPath(), Fault.error(403, 50001, "Missing Access"));

        assertThat(channel.send(1L, user.id(), "hello").status()).isEqualTo(Delivery.Status.REFUSED);
        assertThat(reachability.isUnreachable(Channel.DISCORD, user.id())).isFalse();
    }

    @Test
    void aConnectionLostMidRequestIsAnUnknownOutcome() {
        channel.send(1L, user.id(), "stores the channel");
        discord.failNext("POST", messagesPath(), Fault.dropConnection());

        Delivery delivery = channel.send(2L, user.id(), "hello");

        assertThat(delivery.status()).isEqualTo(Delivery.Status.UNKNOWN);   // verify settles it, not a blind resend
        assertThat(posts()).extracting(Call::status).containsExactly(200, 0);
    }

    @Test
    void withoutDiscordOnThisInstanceNothingIsSentAndNothingCanBeVerified() {
        DiscordGateway off = mock(DiscordGateway.class);
        when(off.shards()).thenReturn(Optional.empty());
        DiscordChannel none = new DiscordChannel(off, reachability, dmChannels);

        assertThat(none.send(1L, user.id(), "hello").status()).isEqualTo(Delivery.Status.SKIPPED);
        assertThat(none.verify(1L, user.id(), "hello", Instant.now()).outcome())
                .as("no channel stored: nothing can have gone, Discord or not")
                .isEqualTo(Verification.Outcome.DID_NOT_GO);
        dmChannels.remember(user.id(), discord.directMessageChannel(user));
        assertThat(none.verify(1L, user.id(), "hello", Instant.now()).outcome())
                .isEqualTo(Verification.Outcome.CANNOT_TELL);
    }

    @Test
    void anAnnouncementIsPostedInTheServersChannelUnderItsEnforcedNonce() {
        String posted = channel.post(discord.guild().channelId(), DiscordChannel.embed("New webinar"), "a17").externalId();

        Call post = discord.awaitCall("POST", "/channels/" + discord.guild().channelId() + "/messages", WITHIN);
        assertThat(posted).isEqualTo(post.responseJson().getString("id"));
        assertThat(post.json().getString("nonce")).isEqualTo("a17");
        assertThat(post.json().getBoolean("enforce_nonce")).isTrue();
        assertThat(channel.post(discord.guild().channelId(), DiscordChannel.embed("New webinar"), "a17").externalId())
                .as("the same nonce again: Discord returns the post it made").isEqualTo(posted);
        assertThat(channel.post("900000000000000078", DiscordChannel.embed("x"), "a18").status())
                .isEqualTo(Delivery.Status.FAILED);
    }

    // ---- verify

    @Test
    void aMessageThatWentIsFoundByItsNonce() {
        Instant claimed = Instant.now();
        Delivery sent = channel.send(71L, user.id(), "Meet your sheriff");

        Verification found = channel.verify(71L, user.id(), "Meet your sheriff", claimed);

        assertThat(found).isEqualTo(Verification.went(sent.externalId()));
        Call read = discord.awaitCall("GET", messagesPath(), WITHIN);
        assertThat(read.query()).contains("limit=100", "after=");
    }

    @Test
    void withoutNoncesInTheHistoryTheBotsMessageWithTheSameTextSinceTheClaimCounts() {
        discord.noncesInHistory(false);
        Instant claimed = Instant.now();
        discord.directMessage(user, "hello bot");   // the user's own message in the channel is not ours
        channel.send(80L, user.id(), "Another reminder");
        Delivery sent = channel.send(81L, user.id(), "Meet your mayor");

        assertThat(channel.verify(81L, user.id(), "Meet your mayor", claimed)).isEqualTo(Verification.went(sent.externalId()));
        assertThat(channel.verify(82L, user.id(), "Meet your council", claimed).outcome())
                .isEqualTo(Verification.Outcome.DID_NOT_GO);
    }

    @Test
    void aMessageAbsentFromTheChannelSinceTheClaimDidNotGo() {
        channel.send(90L, user.id(), "An older reminder");

        assertThat(channel.verify(91L, user.id(), "Not posted", Instant.now()).outcome())
                .isEqualTo(Verification.Outcome.DID_NOT_GO);
        // only messages made since the claim (less the clock allowance) are looked at
        assertThat(channel.verify(90L, user.id(), "An older reminder", Instant.now().plus(Duration.ofMinutes(10))).outcome())
                .isEqualTo(Verification.Outcome.DID_NOT_GO);
    }

    @Test
    void aMessageBehindMoreThanAPageOfOthersIsStillFound() {
        Instant claimed = Instant.now();
        for (int i = 0; i < 120; i++) {
            channel.send(1000L + i, user.id(), "Filler " + i);
        }
        Delivery sent = channel.send(2000L, user.id(), "The one");

        assertThat(channel.verify(2000L, user.id(), "The one", claimed)).isEqualTo(Verification.went(sent.externalId()));
        assertThat(discord.calls("GET", messagesPath())).hasSize(2);
    }

    @Test
    void withoutAStoredDmChannelNothingWasPosted() {
        Verification verification = channel.verify(1L, user.id(), "hello", Instant.now());

        assertThat(verification.outcome()).isEqualTo(Verification.Outcome.DID_NOT_GO);
        assertThat(discord.calls("GET", messagesPath())).isEmpty();
    }

    @Test
    void aStoredChannelDiscordNoLongerKnowsHoldsNothing() {
        dmChannels.remember(user.id(), "1234567");

        assertThat(channel.verify(1L, user.id(), "hello", Instant.now()).outcome())
                .isEqualTo(Verification.Outcome.DID_NOT_GO);
    }

    @Test
    void whenTheChannelCannotBeReadItCannotTell() {
        channel.send(1L, user.id(), "hello");
        discord.failNext("GET", messagesPath(), Fault.error(403, 50001, "Missing Access"));

        assertThat(channel.verify(1L, user.id(), "hello", Instant.now()).outcome())
                .isEqualTo(Verification.Outcome.CANNOT_TELL);
    }

    @Test
    void aNonceLongerThanDiscordAllowsIsRefusedBeforeSending() {
        DataObject body = DataObject.empty();
        assertThat(ChannelMessages.withNonce(body, Long.toString(Long.MAX_VALUE)).getString("nonce"))
                .hasSizeLessThanOrEqualTo(ChannelMessages.NONCE_MAX);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ChannelMessages.withNonce(DataObject.empty(), "x".repeat(26)));
    }
}
