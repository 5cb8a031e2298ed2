package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FakeTwilio#holdAnswers}: a create-message call is accepted (recorded) while its answer
 * waits, the window a kill test crashes an instance in; released, the 201 goes out as usual.
 */
class FakeTwilioHoldTest {

    private final FakeTwilio twilio = FakeTwilio.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        twilio.close();
    }

    private CompletableFuture<HttpResponse<String>> create(String to) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(twilio.baseUrl() + "/2010-04-01/Accounts/"
                        + TwilioWebhooks.ACCOUNT_SID + "/Messages.json"))
                .POST(HttpRequest.BodyPublishers.ofString("To=" + to.replace("+", "%2B") + "&Body=Reminder"))
                .header("Content-Type", "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aHeldCreateIsAcceptedButUnansweredUntilReleased() throws Exception {
        twilio.holdAnswers();

        CompletableFuture<HttpResponse<String>> answer = create("+13125550101");

        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.heldCallerPorts().size() == 1);
        assertThat(twilio.received()).singleElement().satisfies(r -> assertThat(r.form()).containsEntry("To", "+13125550101"));
        assertThat(answer).isNotDone();

        twilio.releaseAnswers();

        HttpResponse<String> released = answer.get(10, TimeUnit.SECONDS);
        assertThat(released.statusCode()).isEqualTo(201);
        assertThat(released.body()).contains("\"sid\": \"SM");
        assertThat(twilio.heldCallerPorts()).isEmpty();
        assertThat(create("+13125550102").get(10, TimeUnit.SECONDS).statusCode()).as("no longer held").isEqualTo(201);
    }
}
