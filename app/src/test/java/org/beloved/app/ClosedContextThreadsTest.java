package org.beloved.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.beloved.BelovedApplication;
import org.beloved.bot.DiscordGateway;
import org.beloved.bot.testing.FakeDiscord;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.testing.TestDatabaseProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A closed application leaves no thread behind that would keep its JVM alive: with Discord (JDA
 * connected to {@link FakeDiscord}), SMS ({@link FakeTwilio}), the outbox dispatching, Quartz and
 * Spring Session all on, every non-daemon thread the application started has ended once its context
 * is closed. (A JVM's exit waits for its shutdown hooks, not for such threads, but a test JVM that
 * closes its contexts only at exit depends on their closing fully and quickly.)
 */
class ClosedContextThreadsTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Test
    void noNonDaemonThreadOutlivesTheClosedApplication() throws InterruptedException {
        try (FakeDiscord discord = FakeDiscord.start(); FakeTwilio twilio = FakeTwilio.start()) {
            Set<Thread> before = nonDaemonThreads();
            ConfigurableApplicationContext context = new SpringApplicationBuilder(BelovedApplication.class)
                    .initializers(new TestDatabaseProperties())
                    .run("--server.port=0", "--beloved.sms.account-sid=" + TwilioWebhooks.ACCOUNT_SID,
                            "--beloved.sms.auth-token=" + TwilioWebhooks.AUTH_TOKEN,
                            "--beloved.sms.public-url=" + TwilioWebhooks.PUBLIC_URL,
                            "--beloved.sms.from-number=" + TwilioWebhooks.OUR_NUMBER,
                            "--beloved.sms.api-base-url=" + twilio.baseUrl(),
                            "--beloved.discord.token=" + discord.token(),
                            "--beloved.discord.api-base-url=" + discord.apiBaseUrl(),
                            "--beloved.discord.takeover-interval=2s", "--beloved.messaging.dispatch-enabled=true",
                            "--spring.quartz.properties.org.quartz.scheduler.instanceName=closed-context-threads");
            try {
                discord.awaitConnected(WITHIN);
                DiscordGateway gateway = context.getBean(DiscordGateway.class);
                waitUntil(gateway::connected);
                assertThat(nonDaemonThreads()).as("the running application has threads of its own")
                        .hasSizeGreaterThan(before.size());
            } finally {
                context.close();
            }
            waitUntil(() -> before.containsAll(nonDaemonThreads()));
            assertThat(nonDaemonThreads().stream().filter(t -> !before.contains(t)).map(Thread::getName).sorted())
                    .as("non-daemon threads the closed application left").isEmpty();
        }
    }

    private static Set<Thread> nonDaemonThreads() {
        return Set.copyOf(Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
                .toList());
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
