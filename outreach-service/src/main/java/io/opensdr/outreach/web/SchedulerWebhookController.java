package io.opensdr.outreach.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.outreach.config.SchedulerWebhookProperties;
import io.opensdr.outreach.domain.BookingNotice;
import io.opensdr.outreach.domain.BookingOutcome;
import io.opensdr.outreach.domain.MeetingBookings;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schedulers' webhooks, public (no sign-in): each request proves itself by its signature over
 * the raw body, checked before anything is read. Unsigned, forged or stale: 401. Signed but not
 * the documented shape: 400. A booking for a known prospect: 200; for nobody outreach knows: 202,
 * recorded as unmatched; an event outreach does not handle: 202, nothing recorded. Nothing refused
 * is recorded.
 */
@RestController
@RequestMapping("/api/outreach/webhooks")
class SchedulerWebhookController {

    private static final Logger log = LoggerFactory.getLogger(SchedulerWebhookController.class);
    /** Bookings are a few kilobytes; anything far larger is not one. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    private final MeetingBookings bookings;
    private final CalendlySignature calendly;
    private final CalComSignature calCom;
    private final ObjectMapper json;

    SchedulerWebhookController(MeetingBookings bookings, SchedulerWebhookProperties schedulers, Clock clock,
                               ObjectMapper json) {
        this.bookings = bookings;
        this.calendly = new CalendlySignature(schedulers.calendly().signingKey(), schedulers.calendly().tolerance(), clock);
        this.calCom = new CalComSignature(schedulers.calCom().secret());
        this.json = json;
    }

    @PostMapping("/calendly")
    ResponseEntity<WebhookReceipt> calendly(
            @RequestHeader(name = "Calendly-Webhook-Signature", required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        byte[] raw = bounded(body);
        calendly.verify(signature, raw);
        return receive(raw, CalendlyWebhook::read);
    }

    @PostMapping("/cal-com")
    ResponseEntity<WebhookReceipt> calCom(
            @RequestHeader(name = "X-Cal-Signature-256", required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        byte[] raw = bounded(body);
        calCom.verify(signature, raw);
        return receive(raw, CalComWebhook::read);
    }

    private ResponseEntity<WebhookReceipt> receive(byte[] raw, Function<JsonNode, Optional<BookingNotice>> reader) {
        Optional<BookingNotice> notice = reader.apply(parse(raw));
        if (notice.isEmpty()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(WebhookReceipt.ignored());
        }
        BookingOutcome outcome = bookings.record(notice.get());
        HttpStatus status = outcome.result() == BookingOutcome.Result.UNMATCHED ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(WebhookReceipt.of(outcome));
    }

    private JsonNode parse(byte[] raw) {
        try {
            JsonNode node = json.readTree(raw);
            if (node == null || node.isMissingNode()) {
                throw new InvalidWebhookException("the body is empty");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidWebhookException("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidWebhookException("the body could not be read");
        }
    }

    private static byte[] bounded(byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (raw.length > MAX_BODY_BYTES) {
            throw new PayloadTooLargeException();
        }
        return raw;
    }

    @ExceptionHandler(WebhookSignatureException.class)
    ResponseEntity<ProblemDetail> unauthenticated(WebhookSignatureException e) {
        log.info("Scheduler webhook refused: {}", e.getMessage());
        return problem(HttpStatus.UNAUTHORIZED, "Webhook signature refused", e.getMessage());
    }

    @ExceptionHandler(InvalidWebhookException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidWebhookException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid webhook", e.getMessage());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Webhook too large",
                "A scheduler webhook is at most " + MAX_BODY_BYTES + " bytes");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }

    static final class PayloadTooLargeException extends RuntimeException {
    }

    /**
     * @param outcome RECORDED, DUPLICATE, UNMATCHED or IGNORED
     */
    record WebhookReceipt(String outcome, String meetingId, String status) {

        static WebhookReceipt of(BookingOutcome outcome) {
            return new WebhookReceipt(outcome.result().name(), outcome.meetingId(), outcome.status().name());
        }

        static WebhookReceipt ignored() {
            return new WebhookReceipt("IGNORED", null, null);
        }
    }
}
