package org.beloved.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beloved.sms.InboundSmsTest.messages;
import static org.beloved.sms.testing.TwilioWebhooks.signedPost;
import static org.beloved.sms.testing.TwilioWebhooks.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.beloved.conversation.Conversations;
import org.beloved.conversation.Inbound;
import org.beloved.directory.Directory;
import org.beloved.messaging.Audience;
import org.beloved.messaging.Message;
import org.beloved.messaging.MessageKind;
import org.beloved.messaging.Outbox;
import org.beloved.messaging.Recipient;
import org.beloved.shared.Channel;
import org.beloved.sms.testing.FakeTwilio;
import org.beloved.sms.testing.TwilioWebhooks;
import org.beloved.webinars.Reminders;
import org.beloved.webinars.WebinarDraft;
import org.beloved.webinars.Webinars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DELETE MY DATA through the real webhooks: afterwards no column of any table holds the number
 * (every text-like column of every table, found at test time, so a table added later is scanned
 * too); replaying the texter's old messages or a late status callback brings nothing back; STOP
 * is still honored, with the opt-out list holding only a keyed hash.
 */
class DeleteMyDataBySmsTest extends SmsWebTest {

    private static final String ANA = "+14155550123";
    private static final AtomicInteger SIDS = new AtomicInteger(70_000);

    @Autowired
    Outbox outbox;

    @Autowired
    Webinars webinars;

    @Autowired
    Reminders reminders;

    @Autowired
    Directory directory;

    @Autowired
    Conversations conversations;

    private final List<Map<String, String>> sentByAna = new ArrayList<>();

    @BeforeEach
    void twilioAccepts() {
        TWILIO.reset(FakeTwilio.Mode.ACCEPT);
    }

    private List<String> say(String body) {
        Map<String, String> form = sms("SM%032d".formatted(SIDS.incrementAndGet()), ANA, body);
        sentByAna.add(form);
        return messages(signedPost(port, "/sms/inbound", form));
    }

    private String sayOne(String body) {
        List<String> reply = say(body);
        assertThat(reply).as("reply to %s", body).hasSize(1);
        return reply.get(0);
    }

    private void join(String name) {
        sayOne("JOIN");
        sayOne(name);
        sayOne("2");
        sayOne("94110");
        sayOne("Ana Ruiz");
        sayOne("ana@example.org");
        sayOne("YES");   // the email may be shown
        sayOne("YES");   // the phone may be shown
        assertThat(sayOne("YES")).contains("waiting for an organizer");
    }

    private void callback(String sid, String status, String errorCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", TwilioWebhooks.ACCOUNT_SID);
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        form.put("To", ANA);
        form.put("From", TwilioWebhooks.OUR_NUMBER);
        form.put("ApiVersion", "2010-04-01");
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        assertThat(signedPost(port, "/sms/status", form).statusCode()).isEqualTo(200);
    }

    /**
     * Every column of every table of the schema whose value, as text, holds the number in E.164 or
     * without its +: {@code table.column} once per column that does.
     */
    static List<String> traces(String number) {
        List<String[]> columns = db().sql("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
                       or c.udt_name in ('_text', '_varchar', '_bpchar', '_json', '_jsonb'))
                order by 1, 2
                """).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(columns).as("the scan sees the schema").hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (String[] column : columns) {
            long rows = count("select count(*) from \"%s\" where position(? in \"%s\"::text) > 0 or position(? in \"%s\"::text) > 0"
                    .formatted(column[0], column[1], column[1]), number, number.substring(1));
            if (rows > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }

    /** How many rows each table of the schema holds. */
    private static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : db().sql("select tablename from pg_tables where schemaname = current_schema() order by 1")
                .query(String.class).list()) {
            counts.put(table, count("select count(*) from \"%s\"".formatted(table)));
        }
        return counts;
    }

    @Test
    void afterDeleteMyDataNoTableHoldsTheNumberAndNothingBringsItBack() {
        // A texter who searched, registered two congregations (an organizer listed one), asked for
        // reminders, was sent one, and whose carrier reported a failed delivery.
        assertThat(sayOne("94110")).contains("94110");
        join("St. Mark's Church");
        long listed = directory.listingsOf(Channel.SMS, ANA).get(0).id();
        directory.approve(listed);
        join("Mission Friends");
        assertThat(sayOne("REMIND")).as("the ZIP searched first gives the zone").contains("(Pacific time)", "REMIND OFF");
        long webinar = webinars.create(new WebinarDraft("Meet your officials", "", "2030-12-10T12:00",
                "America/Chicago", 60, "https://meet.example.org/x", "en")).webinar().orElseThrow().id();
        assertThat(reminders.fire(webinar, Duration.ofHours(1))).isEqualTo(1);
        assertThat(outbox.dispatchOne()).isTrue();
        String sentSid = db().sql("select sid from sms_outbound where to_number = ?").param(ANA).query(String.class).single();
        callback(sentSid, "undelivered", "30003");
        assertThat(traces(ANA)).as("the scan finds the number wherever it is").contains("inbound_message.reply",
                "congregation.contact_phone", "congregation.submitted_by", "inbound_message.sender",
                "outbox.address", "recipient_reachability.address", "sms_outbound.to_number",
                "webinar_subscription.address", "webinar_zone_hint.address");

        assertThat(sayOne("DELETE MY DATA")).contains("Reply YES");
        assertThat(sayOne("YES")).startsWith("Done.").contains("your contact on 2 listings",
                "your webinar reminders", "1 text we sent you");

        assertThat(traces(ANA)).as("no column of any table holds the number").isEmpty();
        assertThat(directory.find(listed)).get().satisfies(c -> {
            assertThat(c.contactName()).isEmpty();
            assertThat(c.contactEmail()).isNull();
            assertThat(c.status()).as("off the map until an organizer reviews it").hasToString("PENDING");
        });
        assertThat(count("select count(*) from congregation")).as("the pending registration is gone").isEqualTo(1);
        assertThat(count("select count(*) from inbound_message where sender is null and body is null and reply is null"))
                .as("each erased message leaves only its id").isEqualTo(sentByAna.size() - 1);

        Map<String, Long> before = rowCounts();
        for (Map<String, String> old : sentByAna.subList(0, sentByAna.size() - 1)) {
            assertThat(messages(signedPost(port, "/sms/inbound", old))).as("replayed %s", old.get("Body")).isEmpty();
        }
        assertThat(messages(signedPost(port, "/sms/inbound", sentByAna.get(sentByAna.size() - 1))))
                .as("a retried YES gets its answer again, and erases nothing more").singleElement().asString().startsWith("Done.");
        callback(sentSid, "undelivered", "30005");
        callback(sentSid, "failed", "21610");
        callback(sentSid, "delivered", null);
        assertThat(rowCounts()).as("replays and late callbacks change nothing").isEqualTo(before);
        assertThat(traces(ANA)).isEmpty();

        assertThat(say("STOP")).isEmpty();
        assertThat(optedOut(ANA)).isTrue();
        assertThat(say("94110")).as("silence once opted out").isEmpty();
        assertThat(outbox.enqueue(Message.of(MessageKind.REMINDER, webinar, "reminder:" + webinar + ":late"),
                Audience.of(List.of(new Recipient(Channel.SMS, ANA))))).as("no reminder can be queued").isZero();
        assertThat(traces(ANA)).as("the opt-out list holds a keyed hash, not the number")
                .containsExactly("inbound_message.sender");
    }

    @Test
    void anOptOutMadeBeforeDeleteMyDataStaysAfterIt() {
        assertThat(say("STOP")).isEmpty();
        // An opted-out number gets no answer over SMS, so the erasure runs in the conversation engine directly.
        Instant now = Instant.now();
        conversations.handle(new Inbound(Channel.SMS, ANA, "DELETE MY DATA", now, "SM-direct-1"));
        assertThat(conversations.handle(new Inbound(Channel.SMS, ANA, "YES", now, "SM-direct-2")).messages())
                .singleElement().asString().startsWith("Done.");
        assertThat(optedOut(ANA)).isTrue();
        assertThat(outbox.enqueue(Message.of(MessageKind.REMINDER, 1, "reminder:1:3600"),
                Audience.of(List.of(new Recipient(Channel.SMS, ANA))))).isZero();
        assertThat(traces(ANA)).isEmpty();
    }
}
