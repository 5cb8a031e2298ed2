package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.testing.TwilioWebhooks.signedPost;
import static org.beloved.sms.testing.TwilioWebhooks.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A sender's messages are handled one at a time: four YES sent at once, as four signed webhooks
 * with their own MessageSids, to DELETE MY DATA's question erase once and confirm once; the others
 * find the question answered already.
 */
class OneTurnAtATimeTest extends SmsWebTest {

    private static final String ANA = "+14155550142";
    private static final AtomicInteger SIDS = new AtomicInteger();

    private static String newSid() {
        return "SM%032d".formatted(9_000_000 + SIDS.incrementAndGet());
    }

    private List<String> say(String body) {
        return InboundSmsTest.messages(signedPost(port, "/sms/inbound", sms(newSid(), ANA, body)));
    }

    @Test
    void fourYesAtOnceToDeleteMyDataConfirmOnce() throws Exception {
        say("ESPANOL");
        say("ENGLISH");
        assertThat(count("select count(*) from conversation_sender where address = ?", ANA)).isEqualTo(1);
        assertThat(say("DELETE MY DATA")).singleElement().asString().contains("Reply YES");

        CountDownLatch start = new CountDownLatch(1);
        Callable<String> yes = () -> {
            start.await();
            return String.join("\n", say("YES"));
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> replies = new ArrayList<>();
        try {
            List<Future<String>> answers = List.of(pool.submit(yes), pool.submit(yes), pool.submit(yes), pool.submit(yes));
            start.countDown();
            for (Future<String> answer : answers) {
                replies.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(replies).filteredOn(r -> r.startsWith("Done.")).singleElement().asString()
                .contains("your language setting");
        assertThat(count("select count(*) from conversation_sender where address = ?", ANA)).isZero();
        assertThat(count("select count(*) from conversation_flow where address = ?", ANA)).isZero();
    }
}
