package org.beloved.sms;

import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import org.beloved.shared.CleanText;
import org.beloved.shared.DatabaseUnreachable;
import org.beloved.shared.Pii;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /sms/inbound}: Twilio's incoming-message webhook. Unsigned or foreign requests get
 * 403 and nothing happens; with the adapter off, 503. The answer is TwiML, one {@code <Message>}
 * per reply message, or an empty {@code <Response/>} for a deliberate silence. The TwiML is
 * well-formed XML whatever the replies hold (see {@link #twiml}). A signed request whose sender,
 * recipient or MessageSid holds a NUL is 400; a body with one gets a polite reply (see {@link SmsInbound}).
 * With the database unreachable the answer is 503 with an empty body, for Twilio to retry the same
 * MessageSid (see {@link DatabaseUnreachable}). Each webhook is counted by outcome and timed ({@link SmsMetrics}),
 * logged at DEBUG, and summed up at INFO at most once a minute ({@link InboundSummary}).
 */
@RestController
class InboundSmsController {

    static final String PATH = "/sms/inbound";
    private static final Logger log = LoggerFactory.getLogger(InboundSmsController.class);

    private final SmsProperties properties;
    private final TwilioSignatures signatures;
    private final SmsInbound inbound;
    private final SmsMetrics metrics;
    private final InboundSummary summary;

    InboundSmsController(SmsProperties properties, TwilioSignatures signatures, SmsInbound inbound, SmsMetrics metrics,
            InboundSummary summary) {
        this.properties = properties;
        this.signatures = signatures;
        this.inbound = inbound;
        this.metrics = metrics;
        this.summary = summary;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> receive(@RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
        Timer.Sample sample = metrics.start();
        try {
            return answer(form, signature);
        } finally {
            metrics.stop(sample);
        }
    }

    private ResponseEntity<String> answer(MultiValueMap<String, String> form, String signature) {
        if (!properties.enabled()) {
            metrics.inbound(SmsMetrics.ADAPTER_OFF);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN)
                    .body("The SMS adapter is off: set beloved.sms.auth-token.");
        }
        Map<String, String> fields = form.toSingleValueMap();
        if (!signatures.verify(PATH, fields, signature)) {
            log.warn("Rejected an inbound SMS webhook with a missing or wrong signature or account");
            metrics.inbound(SmsMetrics.REJECTED);
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body("Forbidden");
        }
        String sid = fields.get("MessageSid");
        String from = fields.get("From");
        if (sid == null || from == null) {
            log.warn("Ignored a signed inbound SMS webhook without MessageSid or From");
            metrics.inbound(SmsMetrics.INVALID);
            return twiml(List.of());
        }
        if (CleanText.hasNul(sid) || CleanText.hasNul(from) || CleanText.hasNul(fields.get("To"))) {
            log.warn("Refused a signed inbound SMS webhook with a NUL in MessageSid, From or To");
            metrics.inbound(SmsMetrics.INVALID);
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body("MessageSid, From and To must not contain NUL characters");
        }
        List<String> reply = inbound.handle(
                new SmsInbound.Message(sid, from, fields.get("To"), fields.getOrDefault("Body", ""),
                        number(fields.get("NumMedia"))));
        log.debug("SMS {} from {} answered with {} message(s)", sid, Pii.mask(from), reply.size());
        summary.answered(sid, from, reply.size());
        metrics.inbound(reply.isEmpty() ? SmsMetrics.SILENT : SmsMetrics.ANSWERED);
        metrics.segmentsSent("reply", Segments.ofReply(reply));
        return twiml(reply);
    }

    /**
     * Our failure is not the texter's: they get a short apology, never a 500. Except when the
     * database is unreachable: then nothing was kept, and a 503 makes Twilio send the message again
     * (when the webhook URL asks it to), so it is answered once the database is back.
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e) {
        if (DatabaseUnreachable.isCause(e)) {
            log.warn("Inbound SMS answered 503 for Twilio to retry: the database is unreachable ({})", e.getMessage());
            metrics.inbound(SmsMetrics.UNAVAILABLE);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        log.error("Inbound SMS failed", e);
        metrics.inbound(SmsMetrics.FAILED);
        return twiml(List.of("Sorry, something went wrong on our side. Please try again in a few minutes."
                + " / Perdon, algo fallo. Intenta de nuevo en unos minutos."));
    }

    /**
     * The replies as TwiML. Each is {@link CleanText#strip stripped} first: a reply may quote rows
     * stored before text was cleaned (a congregation's name with a control character), and one such
     * character would make the whole answer XML that Twilio cannot read.
     */
    static ResponseEntity<String> twiml(List<String> messages) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .body(Twiml.messages(messages.stream().map(CleanText::strip).toList()));
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
