package io.opensdr.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhooks a scheduler would send when a prospect books, shaped and signed as Calendly and
 * Cal.com document them (shared/contracts/EXTERNAL-APIS.md). Written from the documentation,
 * not from outreach's code: a test checks the signatures against values computed with openssl.
 */
final class SchedulerWebhooks {

    static final String CALENDLY_PATH = "/api/outreach/webhooks/calendly";
    static final String CAL_COM_PATH = "/api/outreach/webhooks/cal-com";
    static final String CALENDLY_HEADER = "Calendly-Webhook-Signature";
    static final String CAL_COM_HEADER = "X-Cal-Signature-256";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request ready to post to the gateway. */
    record SignedWebhook(String path, String body, String signatureHeader, String signature) {
    }

    /**
     * @param ref the scheduler's id of the booking (Calendly: the invitee's URI is built from it; Cal.com: the uid)
     */
    record Booking(Scheduler scheduler, String ref, String inviteeName, String inviteeEmail, Instant startsAt,
                   Instant endsAt, String campaignId, String prospectId) {
    }

    private SchedulerWebhooks() {
    }

    static SignedWebhook signed(Booking booking, String calendlySigningKey, String calComSecret, Instant now) {
        return switch (booking.scheduler()) {
            case CALENDLY -> {
                String body = calendlyInviteeCreated(booking, now);
                yield new SignedWebhook(CALENDLY_PATH, body, CALENDLY_HEADER,
                        calendlySignature(calendlySigningKey, now.getEpochSecond(), body));
            }
            case CAL_COM -> {
                String body = calComBookingCreated(booking, now);
                yield new SignedWebhook(CAL_COM_PATH, body, CAL_COM_HEADER, calComSignature(calComSecret, body));
            }
        };
    }

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the signing key>}. */
    static String calendlySignature(String signingKey, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmacHex(signingKey, unixSeconds + "." + body);
    }

    /** The hex HMAC-SHA256 of the body keyed with the webhook secret. */
    static String calComSignature(String secret, String body) {
        return hmacHex(secret, body);
    }

    static String calendlyInviteeCreated(Booking booking, Instant now) {
        String event = "https://api.calendly.com/scheduled_events/" + booking.ref();
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("event", "invitee.created");
        envelope.put("created_at", iso(now));
        envelope.put("created_by", "https://api.calendly.com/users/OPENSDR-SIMULATOR");
        ObjectNode payload = envelope.putObject("payload");
        payload.put("uri", event + "/invitees/" + booking.ref());
        payload.put("email", booking.inviteeEmail());
        payload.put("name", booking.inviteeName());
        String[] names = splitName(booking.inviteeName());
        payload.put("first_name", names[0]);
        payload.put("last_name", names[1]);
        payload.put("status", "active");
        payload.put("timezone", "Europe/Paris");
        ObjectNode scheduled = payload.putObject("scheduled_event");
        scheduled.put("uri", event);
        scheduled.put("name", "30 Minute Meeting");
        scheduled.put("start_time", iso(booking.startsAt()));
        scheduled.put("end_time", iso(booking.endsAt()));
        scheduled.put("event_type", "https://api.calendly.com/event_types/OPENSDR-SIMULATOR");
        scheduled.putObject("location").put("type", "google_conference");
        ObjectNode tracking = payload.putObject("tracking");
        tracking.put("utm_campaign", booking.campaignId());
        tracking.put("utm_source", "opensdr");
        tracking.put("utm_medium", "email");
        tracking.put("utm_content", booking.prospectId());
        tracking.putNull("utm_term");
        payload.put("cancel_url", "https://calendly.com/cancellations/" + booking.ref());
        payload.put("reschedule_url", "https://calendly.com/reschedulings/" + booking.ref());
        payload.put("rescheduled", false);
        payload.putNull("cancellation");
        return envelope.toString();
    }

    static String calComBookingCreated(Booking booking, Instant now) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("triggerEvent", "BOOKING_CREATED");
        envelope.put("createdAt", iso(now));
        ObjectNode payload = envelope.putObject("payload");
        payload.put("uid", booking.ref());
        payload.put("bookingId", Math.abs(booking.ref().hashCode() % 100_000));
        payload.put("title", "30 min meeting with " + booking.inviteeName());
        payload.put("type", "30min");
        payload.put("startTime", iso(booking.startsAt()));
        payload.put("endTime", iso(booking.endsAt()));
        ObjectNode organizer = payload.putObject("organizer");
        organizer.put("name", "OpenSDR demo");
        organizer.put("email", "organizer@opensdr.local");
        organizer.put("timeZone", "Europe/Paris");
        ObjectNode attendee = payload.putArray("attendees").addObject();
        attendee.put("name", booking.inviteeName());
        attendee.put("email", booking.inviteeEmail());
        attendee.put("timeZone", "Europe/Paris");
        ObjectNode responses = payload.putObject("responses");
        responses.putObject("name").put("label", "your_name").put("value", booking.inviteeName());
        responses.putObject("email").put("label", "email_address").put("value", booking.inviteeEmail());
        ObjectNode metadata = payload.putObject("metadata");
        metadata.put("utm_source", "opensdr");
        metadata.put("utm_medium", "email");
        metadata.put("utm_campaign", booking.campaignId());
        metadata.put("utm_content", booking.prospectId());
        payload.put("status", "ACCEPTED");
        return envelope.toString();
    }

    private static String[] splitName(String name) {
        if (name == null || name.isBlank()) {
            return new String[] {"", ""};
        }
        int space = name.trim().indexOf(' ');
        return space < 0 ? new String[] {name.trim(), ""}
                : new String[] {name.trim().substring(0, space), name.trim().substring(space + 1)};
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String hmacHex(String key, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
