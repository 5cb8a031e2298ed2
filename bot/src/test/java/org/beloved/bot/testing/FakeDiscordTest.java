package org.beloved.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fixture's REST side on the wire, where JDA hides it: the fault answers with the headers JDA
 * reads, the bot token check, and Discord's rules for interaction callbacks.
 */
class FakeDiscordTest {

    private final FakeDiscord discord = FakeDiscord.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        discord.close();
    }

    private HttpResponse<String> call(String method, String path, String json, boolean withToken)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(discord.apiBaseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (withToken) {
            request.header("Authorization", "Bot " + discord.token());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theTokensFirstSegmentIsTheBotIdInBase64AndTheGatewayIsNamedUnderTheBaseUrl() throws Exception {
        String first = discord.token().split("\\.")[0];
        assertThat(new String(java.util.Base64.getDecoder().decode(first))).isEqualTo(discord.bot().id());
        assertThat(discord.apiBaseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/v10/");

        HttpResponse<String> gateway = call("GET", "gateway/bot", null, true);

        assertThat(gateway.statusCode()).isEqualTo(200);
        DataObject json = DataObject.fromJson(gateway.body());
        assertThat(json.getString("url")).startsWith("ws://127.0.0.1:");
        assertThat(json.getObject("session_start_limit").getInt("remaining")).isPositive();
    }

    @Test
    void restCallsWithoutTheBotTokenAreRefused() throws Exception {
        assertThat(call("GET", "users/@me", null, false).statusCode()).isEqualTo(401);
        assertThat(call("GET", "users/@me", null, true).statusCode()).isEqualTo(200);
    }

    @Test
    void aPerRouteRateLimitCarriesRetryAfterAndTheRateLimitHeaders() throws Exception {
        FakeUser user = discord.addUser("kim");
        discord.failNext("POST", "/users/@me/channels", Fault.rateLimited(Duration.ofMillis(1500)));
        String body = "{\"recipient_id\": \"" + user.id() + "\"}";

        HttpResponse<String> limited = call("POST", "users/@me/channels", body, true);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("2");
        assertThat(limited.headers().firstValue("Via")).isPresent();   // else JDA takes it for a Cloudflare ban
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(limited.headers().firstValue("X-RateLimit-Reset-After")).contains("1.5");
        assertThat(limited.headers().firstValue("X-RateLimit-Bucket")).isPresent();
        assertThat(limited.headers().firstValue("X-RateLimit-Global")).isEmpty();
        assertThat(DataObject.fromJson(limited.body()).getDouble("retry_after")).isEqualTo(1.5);
        HttpResponse<String> next = call("POST", "users/@me/channels", body, true);
        assertThat(next.statusCode()).isEqualTo(200);   // only the next call was failed
        assertThat(DataObject.fromJson(next.body()).getString("id")).isEqualTo(discord.directMessageChannel(user));
    }

    @Test
    void aGlobalRateLimitSaysSo() throws Exception {
        discord.failNext("GET", "/users/\\d+", Fault.globallyRateLimited(Duration.ofSeconds(1)));

        HttpResponse<String> limited = call("GET", "users/" + discord.addUser("lee").id(), null, true);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("X-RateLimit-Global")).contains("true");
        assertThat(limited.headers().firstValue("X-RateLimit-Scope")).contains("global");
        assertThat(DataObject.fromJson(limited.body()).getBoolean("global")).isTrue();
    }

    @Test
    void discordErrorCodesComeAsDiscordSendsThem() throws Exception {
        discord.failNext("POST", "/users/@me/channels", Fault.openingDirectMessagesTooFast());
        discord.failNext("POST", "/channels/\\d+/messages", Fault.cannotSendToUser());
        discord.failNext("POST", "/channels/\\d+/messages", Fault.serverError(503));
        String channel = discord.directMessageChannel(discord.addUser("max"));

        HttpResponse<String> tooFast = call("POST", "users/@me/channels", "{\"recipient_id\": \"1\"}", true);
        HttpResponse<String> closed = call("POST", "channels/" + channel + "/messages", "{\"content\": \"hi\"}", true);
        HttpResponse<String> down = call("POST", "channels/" + channel + "/messages", "{\"content\": \"hi\"}", true);

        assertThat(DataObject.fromJson(tooFast.body()).getInt("code")).isEqualTo(40003);
        assertThat(closed.statusCode()).isEqualTo(403);
        assertThat(DataObject.fromJson(closed.body()).getInt("code")).isEqualTo(50007);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(discord.calls("POST", "/channels/\\d+/messages")).extracting(Call::status).containsExactly(403, 503);
    }

    @Test
    void anEnforcedNonceMakesOneMessageAndTheHistoryListsMessagesAfterAnIdNewestFirst() throws Exception {
        String channel = discord.directMessageChannel(discord.addUser("ned"));
        String path = "channels/" + channel + "/messages";

        String first = DataObject.fromJson(call("POST", path, "{\"content\": \"a\", \"nonce\": \"7\", \"enforce_nonce\": true}",
                true).body()).getString("id");
        String repeated = DataObject.fromJson(call("POST", path, "{\"content\": \"a\", \"nonce\": \"7\", \"enforce_nonce\": true}",
                true).body()).getString("id");
        String unenforced = DataObject.fromJson(call("POST", path, "{\"content\": \"b\", \"nonce\": \"7\"}", true).body())
                .getString("id");
        String third = DataObject.fromJson(call("POST", path, "{\"content\": \"c\"}", true).body()).getString("id");

        assertThat(repeated).isEqualTo(first);
        assertThat(unenforced).isNotEqualTo(first);
        DataArray all = DataArray.fromJson(call("GET", path + "?limit=100", null, true).body());
        assertThat(ids(all)).containsExactly(third, unenforced, first);
        assertThat(all.getObject(2).getString("nonce")).isEqualTo("7");
        assertThat(ids(DataArray.fromJson(call("GET", path + "?limit=1&after=" + first, null, true).body())))
                .containsExactly(unenforced);   // the nearest after the id
        assertThat(ids(DataArray.fromJson(call("GET", path + "?limit=100&before=" + third, null, true).body())))
                .containsExactly(unenforced, first);

        discord.noncesInHistory(false);
        assertThat(DataArray.fromJson(call("GET", path, null, true).body()).getObject(2).hasKey("nonce")).isFalse();
        assertThat(call("GET", "channels/1234567/messages", null, true).statusCode()).isEqualTo(404);
    }

    private static java.util.List<String> ids(DataArray messages) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < messages.length(); i++) {
            ids.add(messages.getObject(i).getString("id"));
        }
        return ids;
    }

    @Test
    void aDroppedHttpConnectionLeavesTheCallerWithoutAnAnswer() throws Exception {
        discord.failNext("GET", "/users/@me", Fault.dropConnection());

        assertThatThrownBy(() -> call("GET", "users/@me", null, true)).isInstanceOf(IOException.class);
        assertThat(discord.calls("GET", "/users/@me")).hasSize(1);
    }

    @Test
    void unknownRoutesAnswer404AndAreRecorded() throws Exception {
        HttpResponse<String> unknown = call("GET", "guilds/1/bans", null, true);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(discord.calls()).extracting(Call::path).containsExactly("/guilds/1/bans");
    }

    /** As JDA moves an external event: a text location comes with {@code "channel_id": null}. */
    @Test
    void aScheduledEventEditWithANullIsAppliedAndAnswered() throws Exception {
        String guild = discord.guild().id();
        HttpResponse<String> created = call("POST", "guilds/" + guild + "/scheduled-events", """
                {"name": "Vigil", "privacy_level": 2, "entity_type": 3, "entity_metadata": {"location": "https://meet.example.org/a"},
                 "scheduled_start_time": "2030-11-02T23:00Z", "scheduled_end_time": "2030-11-03T00:30Z"}
                """, true);
        String id = DataObject.fromJson(created.body()).getString("id");

        HttpResponse<String> moved = call("PATCH", "guilds/" + guild + "/scheduled-events/" + id, """
                {"name": "Vigil", "entity_type": 3, "entity_metadata": {"location": "https://meet.example.org/b"}, "channel_id": null,
                 "scheduled_start_time": "2030-11-04T23:00Z", "scheduled_end_time": "2030-11-05T00:30Z"}
                """, true);

        assertThat(moved.statusCode()).isEqualTo(200);
        DataObject event = discord.scheduledEvents().get(id);
        assertThat(event.getString("scheduled_start_time")).isEqualTo("2030-11-04T23:00Z");
        assertThat(event.getObject("entity_metadata").getString("location")).isEqualTo("https://meet.example.org/b");
        assertThat(event.isNull("channel_id")).isTrue();
        assertThat(event.getInt("status")).isEqualTo(1);
    }
}
