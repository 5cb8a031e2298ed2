package org.beloved.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.beloved.organizers.OrganizerSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** The organizer settings as the application binds them: comma-separated, checked at start-up. */
class OrganizerSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({OrganizerSettings.class, DiscordProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void commaSeparatedValuesAreTrimmedAndEmptyOnesIgnored() {
        runner.withPropertyValues("beloved.organizers.discord-user-ids=100000000000000041, 100000000000000042,",
                        "beloved.organizers.phones=", "beloved.discord.organizer-role-id=")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    OrganizerSettings settings = context.getBean(OrganizerSettings.class);
                    assertThat(settings.discordUserIds()).containsExactly("100000000000000041", "100000000000000042");
                    assertThat(settings.phones()).isEmpty();
                });
    }

    @Test
    void aMistypedIdOrPhoneStopsTheStartAndSaysWhich() {
        Map<String, String> answers = Map.of(
                "beloved.organizers.discord-user-ids=@ana", "must be a Discord user id (17 to 20 digits)",
                "beloved.organizers.phones=4155550123", "must be a phone number in E.164",
                "beloved.discord.organizer-role-id=Organizer", "must be a Discord role id (17 to 20 digits)");
        answers.forEach((bad, why) -> runner.withPropertyValues(bad).run(context -> {
            assertThat(context).as(bad).hasFailed();
            assertThat(context.getStartupFailure()).as(bad).rootCause()
                    .hasMessageContaining("rejected value [" + bad.substring(bad.indexOf('=') + 1) + "]")
                    .hasMessageContaining(why);
        }));
    }
}
