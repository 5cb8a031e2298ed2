package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code beloved.discord.dm-rate-*} as Spring binds and validates them. */
class DirectMessageLimitsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DirectMessageLimits.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void thirtyMessagesInTenMinutesByDefault() {
        runner.run(context -> assertThat(context.getBean(DirectMessageLimits.class))
                .isEqualTo(new DirectMessageLimits(30, Duration.ofMinutes(10))));
    }

    @Test
    void bothAreTakenAsGiven() {
        runner.withPropertyValues("beloved.discord.dm-rate-limit=5", "beloved.discord.dm-rate-window=30s")
                .run(context -> assertThat(context.getBean(DirectMessageLimits.class))
                        .isEqualTo(new DirectMessageLimits(5, Duration.ofSeconds(30))));
    }

    @Test
    void aLimitBelowOneOrAWindowThatIsNotPositiveStopsTheStartWithTheReason() {
        runner.withPropertyValues("beloved.discord.dm-rate-limit=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("dmRateLimit");
        });
        runner.withPropertyValues("beloved.discord.dm-rate-window=0s").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("beloved.discord.dm-rate-window");
        });
    }
}
