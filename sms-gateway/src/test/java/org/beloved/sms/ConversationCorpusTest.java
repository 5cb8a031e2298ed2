package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.InboundSmsTest.messages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.beloved.sms.testing.TwilioWebhooks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conversation corpus ({@code conversation-corpus.txt}): greetings, natural phrasings, slips
 * inside forms and opt-out words inside forms, in English and Spanish, each sent through the real
 * Twilio webhook, each answer checked for what it means. One phone number per conversation.
 */
class ConversationCorpusTest extends SmsWebTest {

    private static final AtomicInteger SIDS = new AtomicInteger(70_000);
    private static final AtomicInteger PHONES = new AtomicInteger(0);

    record Step(String kind, String text, int line) {
    }

    record Conversation(String name, List<Step> steps) {
    }

    @TestFactory
    Stream<DynamicTest> everyConversationIsUnderstood() throws IOException {
        List<Conversation> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(20);
        return corpus.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private void run(Conversation conversation) {
        String phone = "+1312555%04d".formatted(PHONES.incrementAndGet());
        List<String> reply = List.of();
        String sent = null;
        for (Step step : conversation.steps()) {
            String context = "line %d, reply to \"%s\": %s".formatted(step.line(), sent, reply);
            switch (step.kind()) {
                case ">" -> {
                    sent = step.text();
                    reply = messages(TwilioWebhooks.signedPost(port, "/sms/inbound",
                            TwilioWebhooks.sms("SM%032d".formatted(SIDS.incrementAndGet()), phone, sent)));
                }
                case "<" -> {
                    String all = String.join("\n", reply);
                    for (String fragment : step.text().split(" && ")) {
                        assertThat(List.of(fragment.split(" \\|\\| "))).as(context)
                                .anyMatch(alternative -> all.contains(alternative.strip()));
                    }
                }
                case "<!" -> {
                    String all = String.join("\n", reply);
                    for (String fragment : step.text().split(" && ")) {
                        assertThat(all).as(context).doesNotContain(fragment.strip());
                    }
                }
                case "<silence" -> assertThat(reply).as(context).isEmpty();
                case "<segments" -> assertThat(reply).as(context).isNotEmpty()
                        .allSatisfy(m -> assertThat(Segments.count(m)).as("segments of %s", m)
                                .isLessThanOrEqualTo(Integer.parseInt(step.text())));
                case "<opted-out" -> assertThat(optedOut(phone)).as(context).isTrue();
                case "<opted-in" -> assertThat(optedOut(phone)).as(context).isFalse();
                case "<listings" -> assertThat(count("select count(*) from congregation")).as(context)
                        .isEqualTo(Long.parseLong(step.text()));
                default -> throw new IllegalStateException("line " + step.line() + ": unknown step " + step.kind());
            }
        }
    }

    private static List<Conversation> corpus() throws IOException {
        List<Conversation> conversations = new ArrayList<>();
        try (InputStream in = ConversationCorpusTest.class.getResourceAsStream("/conversation-corpus.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            Conversation current = null;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].stripTrailing();
                if (line.isBlank() || line.startsWith("# ") || line.equals("#")) {
                    continue;
                }
                if (line.startsWith("## ")) {
                    current = new Conversation(line.substring(3), new ArrayList<>());
                    conversations.add(current);
                    continue;
                }
                int space = line.indexOf(' ');
                String kind = space < 0 ? line : line.substring(0, space);
                String text = space < 0 ? "" : line.substring(space + 1);
                current.steps().add(new Step(kind, text, i + 1));
            }
        }
        return conversations;
    }
}
