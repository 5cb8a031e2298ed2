package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code beloved.discord.*} as Spring binds and validates it. */
class DiscordPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DiscordProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void theApiBaseUrlIsDiscordsVersion10ByDefault() {
        runner.run(context -> assertThat(context.getBean(DiscordProperties.class).apiBaseUrl())
                .isEqualTo("https://discord.com/api/v10/"));
    }

    @Test
    void anotherApiBaseUrlIsTakenAsGiven() {
        runner.withPropertyValues("beloved.discord.api-base-url=http://127.0.0.1:8089/api/v10/")
                .run(context -> assertThat(context.getBean(DiscordProperties.class).apiBaseUrl())
                        .isEqualTo("http://127.0.0.1:8089/api/v10/"));
    }

    @Test
    void anApiBaseUrlThatIsNotAnHttpUrlEndingInASlashStopsTheStartWithTheReason() {
        for (String wrong : new String[] {"https://discord.com/api/v10", "ftp://discord.com/api/", "discord.com/api/v10/",
                "", "https:///api/"}) {
            runner.withPropertyValues("beloved.discord.api-base-url=" + wrong).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("beloved.discord.api-base-url")
                        .hasMessageContaining("must be an http(s) URL ending in /");
            });
        }
    }

    @Test
    void theTakeoverIntervalIsHalfAMinuteByDefaultAndAtLeast600Milliseconds() {
        runner.run(context -> assertThat(context.getBean(DiscordProperties.class).takeoverInterval())
                .isEqualTo(java.time.Duration.ofSeconds(30)));
        runner.withPropertyValues("beloved.discord.takeover-interval=5s")
                .run(context -> assertThat(context.getBean(DiscordProperties.class).takeoverInterval())
                        .isEqualTo(java.time.Duration.ofSeconds(5)));
        runner.withPropertyValues("beloved.discord.takeover-interval=100ms").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("beloved.discord.takeover-interval");
        });
    }
}
