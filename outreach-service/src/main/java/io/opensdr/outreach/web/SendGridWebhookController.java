package io.opensdr.outreach.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opensdr.kit.web.MaxBody;
import io.opensdr.outreach.config.TrackingProperties;
import io.opensdr.outreach.domain.ProviderEvent;
import io.opensdr.outreach.domain.ProviderEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * SendGrid's event webhook. The signature is checked over the raw bytes before anything is read;
 * then the whole batch is validated before any event is handled, so a refused request changes
 * nothing. Each event is handled once per sg_event_id.
 */
@RestController
class SendGridWebhookController {

    static final String SIGNATURE = "X-Twilio-Email-Event-Webhook-Signature";
    static final String TIMESTAMP = "X-Twilio-Email-Event-Webhook-Timestamp";

    private final SendGridSignature signature;
    private final ProviderEvents events;
    private final ObjectMapper json;
    private final long maxBody;

    SendGridWebhookController(TrackingProperties properties, ProviderEvents events, ObjectMapper json, Clock clock) {
        TrackingProperties.SendGridWebhook webhook = properties.sendgridWebhook();
        this.signature = new SendGridSignature(webhook.verificationKey(), webhook.maxAge(), clock);
        this.events = events;
        this.json = json;
        this.maxBody = webhook.maxBody().toBytes();
    }

    @PostMapping(path = "/api/outreach/webhooks/sendgrid", produces = MediaType.APPLICATION_JSON_VALUE)
    @MaxBody("${opensdr.outreach.tracking.sendgrid-webhook.max-body:5MB}")
    Map<String, Integer> receive(@RequestHeader(name = SIGNATURE, required = false) String signatureHeader,
                                 @RequestHeader(name = TIMESTAMP, required = false) String timestampHeader,
                                 @RequestBody(required = false) byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (raw.length > maxBody) {
            throw problem(HttpStatus.PAYLOAD_TOO_LARGE, "Batch too large", "The batch exceeds " + maxBody + " bytes.", null);
        }
        signature.refusal(signatureHeader, timestampHeader, raw).ifPresent(reason -> {
            throw problem(HttpStatus.UNAUTHORIZED, "Invalid signature", reason, null);
        });
        List<ProviderEvent> batch = parse(raw);
        Map<ProviderEvents.Outcome, Integer> outcomes = new EnumMap<>(ProviderEvents.Outcome.class);
        for (ProviderEvent event : batch) {
            outcomes.merge(events.handle(event), 1, Integer::sum);
        }
        return Map.of("received", batch.size(),
                "recorded", outcomes.getOrDefault(ProviderEvents.Outcome.RECORDED, 0),
                "duplicates", outcomes.getOrDefault(ProviderEvents.Outcome.DUPLICATE, 0),
                "ignored", outcomes.getOrDefault(ProviderEvents.Outcome.IGNORED, 0));
    }

    private List<ProviderEvent> parse(byte[] raw) {
        JsonNode root;
        try {
            root = json.readTree(raw);
        } catch (JsonProcessingException e) {
            throw problem(HttpStatus.BAD_REQUEST, "Malformed body", "The body is not JSON.", null);
        } catch (java.io.IOException e) {
            throw problem(HttpStatus.BAD_REQUEST, "Malformed body", "The body could not be read.", null);
        }
        if (root == null || !root.isArray()) {
            throw problem(HttpStatus.BAD_REQUEST, "Malformed body", "The body must be a JSON array of events.", null);
        }
        List<ProviderEvent> batch = new ArrayList<>();
        List<Map<String, String>> errors = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode event = root.get(i);
            String at = "[" + i + "]";
            if (!event.isObject()) {
                errors.add(error(at, "must be an object"));
                continue;
            }
            String type = text(event, "event");
            String eventId = text(event, "sg_event_id");
            JsonNode timestamp = event.get("timestamp");
            if (type == null) {
                errors.add(error(at + ".event", "is required"));
            }
            if (eventId == null) {
                errors.add(error(at + ".sg_event_id", "is required"));
            }
            if (!unixSeconds(timestamp)) {
                errors.add(error(at + ".timestamp", "must be unix seconds"));
            }
            if (type == null || eventId == null || !unixSeconds(timestamp)) {
                continue;
            }
            batch.add(new ProviderEvent(eventId, type, emailId(event), text(event, "email"),
                    Instant.ofEpochSecond(timestamp.asLong()), text(event, "sg_message_id"), text(event, "reason"),
                    text(event, "type"), text(event, "status"), text(event, "url"), text(event, "useragent"),
                    machineOpen(event.get("sg_machine_open"))));
        }
        if (!errors.isEmpty()) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid events", "Some events are not valid; none was recorded.", errors);
        }
        return batch;
    }

    /**
     * SendGrid documents {@code timestamp} as unix seconds, a JSON integer: a fraction is refused like
     * everywhere else (service-kit's JsonInputConfiguration), not truncated; text is refused too.
     */
    private static boolean unixSeconds(JsonNode timestamp) {
        return timestamp != null && timestamp.isIntegralNumber() && timestamp.canConvertToLong();
    }

    /** The ledger id the sender put in custom_args (SendGrid flattens them into the event). */
    private static String emailId(JsonNode event) {
        String snake = text(event, "email_id");
        return snake != null ? snake : text(event, "emailId");
    }

    /** SendGrid documents a boolean; be lenient with "true" and 1. */
    private static boolean machineOpen(JsonNode flag) {
        return flag != null && (flag.asBoolean(false) || "true".equalsIgnoreCase(flag.asText()));
    }

    /**
     * A text field of the event, read leniently on purpose: the batch is a JSON tree, not bound to a type,
     * and a scalar a provider sends as a number (an id) is taken as its text rather than failing the batch.
     */
    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail,
                                                  List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return new ErrorResponseException(status, problem, null);
    }
}
