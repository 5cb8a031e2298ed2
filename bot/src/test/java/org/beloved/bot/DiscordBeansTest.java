package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.messaging.OutboundChannel;
import org.beloved.shared.Channel;
import org.beloved.testing.CleanDatabase;
import org.beloved.testing.TestDatabase;
import org.beloved.testing.TestDatabaseProperties;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.ClassUtils;

/**
 * The application's rule ({@link DiscordBeans}, registered as the application registers it): without a
 * token none of the Discord adapter's JDA-facing beans exists and Discord reads OFF; with one (against
 * FakeDiscord) they all do.
 */
@CleanDatabase
class DiscordBeansTest {

    private final FakeDiscord discord = FakeDiscord.start();
    private ConfigurableApplicationContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        discord.close();
    }

    private ConfigurableApplicationContext start(String... properties) {
        context = new SpringApplicationBuilder(BotTestApplication.class).web(WebApplicationType.NONE)
                .initializers(new TestDatabaseProperties(), new DiscordBeans.Initializer()).properties(properties).run();
        return context;
    }

    private List<String> discordChannels() {
        return context.getBeansOfType(OutboundChannel.class).values().stream()
                .filter(channel -> channel.channel() == Channel.DISCORD).map(channel -> channel.getClass().getName()).toList();
    }

    @Test
    void withoutATokenNoBeanNamesJdaAndDiscordIsOff() {
        start("beloved.discord.token=");

        ClassLoader loader = getClass().getClassLoader();
        List<String> namingJda = Stream.of(context.getBeanDefinitionNames())
                .map(name -> context.getBeanFactory().getBeanDefinition(name).getBeanClassName())
                .filter(className -> className != null && className.startsWith("org.beloved.bot.") && !className.contains("$$"))
                .filter(className -> namesJda(loader, className)).toList();
        assertThat(namingJda).isEmpty();
        assertThat(context.getBeansOfType(ListenerAdapter.class)).isEmpty();
        assertThat(context.getBeansOfType(SlashCommand.class)).isEmpty();
        assertThat(context.getBeansOfType(DiscordGateway.class)).isEmpty();
        assertThat(discordChannels()).isEmpty();
        assertThat(context.getBean("discordHealthIndicator", HealthIndicator.class).health().getStatus().getCode())
                .isEqualTo("OFF");
        assertThat(context.containsBean("alertPostIntake")).isTrue();
        assertThat(context.getBean(DiscordPersonalData.class)).isNotNull();
    }

    @Test
    void withoutATokenAWebinarIsStillQueuedForTheInstanceThatHasDiscord() {
        start("beloved.discord.token=");
        TestDatabase.jdbc().sql("insert into discord_announce_channel (guild_id, channel_id, updated_at) values (?, ?, now())")
                .params("900000000000000301", "900000000000000401").update();

        context.getBean(Webinars.class).create(new WebinarDraft("Meet your officials", "", "2030-12-10T19:00",
                "America/Chicago", 60, "https://meet.example.org/x", "en"));

        assertThat(TestDatabase.jdbc().sql("select count(*) from discord_announcement where status = 'pending'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withATokenEveryDiscordBeanIsThere() {
        start("beloved.discord.token=" + discord.token(), "beloved.discord.api-base-url=" + discord.apiBaseUrl());

        assertThat(context.getBeansOfType(ListenerAdapter.class)).isNotEmpty();
        assertThat(context.getBeansOfType(SlashCommand.class)).hasSizeGreaterThan(10);
        assertThat(context.getBean(DiscordGateway.class).state()).isNotEqualTo(DiscordGateway.State.OFF);
        assertThat(discordChannels()).containsExactly(DiscordChannel.class.getName());
    }

    private static boolean namesJda(ClassLoader loader, String className) {
        try {
            return DiscordBeans.ClassFile.read(new ClassPathResource(ClassUtils.convertClassNameToResourcePath(className)
                    + ClassUtils.CLASS_FILE_SUFFIX, loader)).namesJda();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
