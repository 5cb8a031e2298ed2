package org.beloved.sms;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beloved.messaging.OptOuts;
import org.beloved.messaging.Outbox;
import org.beloved.messaging.Reachability;
import org.beloved.shared.Channel;
import org.beloved.shared.CleanText;
import org.beloved.shared.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /sms/status}: Twilio's delivery-status callback, signed like inbound messages (over
 * the URL with its query string, as Twilio calls it). A reminder's callback URL carries its outbox
 * row ({@code ?outbox=<id>}): any callback for it proves Twilio took the message, so the row is
 * settled as sent if it was still in doubt (its instance died before recording Twilio's answer).
 * Records each message's status and error code; 21610 (the recipient unsubscribed) opts the number
 * out; 30003, 30005 and 30006 (unreachable) three times in a row mark it unreachable. A signed
 * callback with a NUL in any field is 400 (Twilio never sends one) and changes nothing; the fields
 * it uses are {@link CleanText#clean cleaned} before they are stored. With the database
 * unreachable the answer is 503 with an empty body, for Twilio to retry the callback.
 */
@RestController
class StatusCallbackController {

    static final String PATH = "/sms/status";
    static final String OUTBOX = "outbox";
    private static final Set<Integer> UNREACHABLE = Set.of(30003, 30005, 30006);
    private static final int UNREACHABLE_IN_A_ROW = 3;
    private static final Logger log = LoggerFactory.getLogger(StatusCallbackController.class);

    private final SmsProperties properties;
    private final TwilioSignatures signatures;
    private final SmsOutboundStore store;
    private final OptOuts optOuts;
    private final Reachability reachability;
    private final Outbox outbox;

    StatusCallbackController(SmsProperties properties, TwilioSignatures signatures, SmsOutboundStore store,
            OptOuts optOuts, Reachability reachability, Outbox outbox) {
        this.properties = properties;
        this.signatures = signatures;
        this.store = store;
        this.optOuts = optOuts;
        this.reachability = reachability;
        this.outbox = outbox;
    }

    /** The status-callback URL of an SMS sent for no outbox row. */
    static String url(SmsProperties properties) {
        return properties.signedUrl(PATH);
    }

    /** The status-callback URL of a reminder's SMS: it names the outbox row it was sent for. */
    static String url(SmsProperties properties, long outboxId) {
        return properties.signedUrl(PATH) + "?" + OUTBOX + "=" + outboxId;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Transactional
    ResponseEntity<Void> status(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
            @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
        if (!properties.enabled()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        String queryString = request.getQueryString();
        MultiValueMap<String, String> query = queryString == null ? new LinkedMultiValueMap<>()
                : UriComponentsBuilder.newInstance().query(queryString).build().getQueryParams();
        // Spring mixes the query's parameters into the form's: Twilio signs the form fields alone.
        Map<String, String> fields = new HashMap<>(parameters.toSingleValueMap());
        query.keySet().forEach(fields::remove);
        String signedPath = queryString == null ? PATH : PATH + "?" + queryString;
        if (!signatures.verify(signedPath, fields, signature)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        if (fields.values().stream().anyMatch(CleanText::hasNul)) {
            log.warn("Refused a signed SMS status callback with a NUL in a field");
            return ResponseEntity.badRequest().build();
        }
        String sid = CleanText.clean(fields.get("MessageSid"));
        String status = CleanText.clean(fields.get("MessageStatus"));
        if (sid == null || status == null) {
            return ResponseEntity.ok().build();
        }
        Integer errorCode = errorCode(fields.get("ErrorCode"));
        Optional<String> recipient = store.updateStatus(sid, status, errorCode);
        recipient.ifPresent(to -> react(to, status, errorCode));
        outboxId(query.getFirst(OUTBOX)).ifPresent(id -> outbox.confirmSent(id, sid));
        return ResponseEntity.ok().build();
    }

    /** Nothing was recorded: a 503 lets Twilio send the callback again (see {@link DatabaseUnreachable}). */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Void> failed(RuntimeException e) {
        if (DatabaseUnreachable.isCause(e)) {
            log.warn("SMS status callback answered 503 for Twilio to retry: the database is unreachable ({})",
                    e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        throw e;
    }

    private static Optional<Long> outboxId(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void react(String to, String status, Integer errorCode) {
        if (errorCode != null && errorCode == SmsChannel.UNSUBSCRIBED_RECIPIENT) {
            optOuts.optOut(Channel.SMS, to, "twilio-21610");
        } else if (errorCode != null && UNREACHABLE.contains(errorCode)) {
            reachability.recordUnreachable(Channel.SMS, to, UNREACHABLE_IN_A_ROW);
        } else if ("delivered".equals(status)) {
            reachability.recordReachable(Channel.SMS, to);
        }
    }

    private static Integer errorCode(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
