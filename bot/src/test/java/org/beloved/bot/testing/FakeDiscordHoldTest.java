package org.beloved.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FakeDiscord#holdAnswers}: the call is carried out (the message exists) while its answer
 * waits, the window a kill test crashes an instance in; released, the answer goes out as usual.
 */
class FakeDiscordHoldTest {

    private final FakeDiscord discord = FakeDiscord.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        discord.close();
    }

    private CompletableFuture<HttpResponse<String>> post(String path, String json) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(discord.apiBaseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
                .header("Authorization", "Bot " + discord.token()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aHeldPostIsMadeButUnansweredUntilReleased() throws Exception {
        String channel = discord.directMessageChannel(discord.addUser("subscriber"));
        discord.holdAnswers("POST", "/channels/\\d+/messages");

        CompletableFuture<HttpResponse<String>> answer = post("channels/" + channel + "/messages", "{\"content\": \"Reminder\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> discord.heldCallerPorts().size() == 1);
        assertThat(discord.calls("POST", "/channels/" + channel + "/messages")).singleElement()
                .satisfies(call -> assertThat(call.status()).isEqualTo(200));
        assertThat(answer).isNotDone();

        discord.releaseAnswers();

        HttpResponse<String> released = answer.get(10, TimeUnit.SECONDS);
        assertThat(released.statusCode()).isEqualTo(200);
        assertThat(released.body()).contains("\"channel_id\":\"" + channel + "\"");
        assertThat(discord.heldCallerPorts()).isEmpty();
        assertThat(post("users/@me/channels", "{\"recipient_id\": \"1\"}").get(10, TimeUnit.SECONDS)
                .statusCode()).as("other calls are not held").isEqualTo(400);
    }
}
