package io.opensdr.outreach.web;

import static io.opensdr.outreach.web.WebhookJson.flag;
import static io.opensdr.outreach.web.WebhookJson.object;
import static io.opensdr.outreach.web.WebhookJson.optionalText;
import static io.opensdr.outreach.web.WebhookJson.requiredInstant;
import static io.opensdr.outreach.web.WebhookJson.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import io.opensdr.outreach.domain.BookingNotice;
import io.opensdr.outreach.domain.MeetingStatus;
import io.opensdr.outreach.domain.Scheduler;
import java.util.Optional;

/**
 * Calendly's webhook envelope {@code {"event", "created_at", "payload": {...}}} read into a
 * booking notice. {@code invitee.created} books (or, with {@code old_invitee}, reschedules);
 * {@code invitee.canceled} cancels, or with {@code rescheduled: true} marks the booking as left for
 * a new time (Calendly sends the new invitee next). The invitee URI is the booking; the link's ids
 * come back in {@code payload.tracking}.
 */
final class CalendlyWebhook {

    static final String CREATED = "invitee.created";
    static final String CANCELED = "invitee.canceled";

    private CalendlyWebhook() {
    }

    /** Empty for an event outreach does not subscribe to (acknowledged, nothing recorded). */
    static Optional<BookingNotice> read(JsonNode envelope) {
        if (!envelope.isObject()) {
            throw new InvalidWebhookException("the body must be a JSON object");
        }
        String event = requiredText(envelope, "event");
        if (!event.equals(CREATED) && !event.equals(CANCELED)) {
            return Optional.empty();
        }
        JsonNode payload = object(envelope, "payload");
        String invitee = requiredText(payload, "uri");
        JsonNode scheduled = object(payload, "scheduled_event");
        JsonNode tracking = payload.get("tracking");
        if (tracking != null && !tracking.isNull() && !tracking.isObject()) {
            throw new InvalidWebhookException("'tracking' must be an object");
        }
        MeetingStatus status;
        String previous = null;
        if (event.equals(CREATED)) {
            status = MeetingStatus.BOOKED;
            previous = optionalText(payload, "old_invitee");
        } else {
            status = flag(payload, "rescheduled") ? MeetingStatus.MOVED : MeetingStatus.CANCELED;
        }
        try {
            return Optional.of(new BookingNotice(Scheduler.CALENDLY, invitee, previous, status,
                    requiredInstant(scheduled, "start_time"), requiredInstant(scheduled, "end_time"),
                    optionalText(payload, "email"), optionalText(tracking, "utm_campaign"),
                    optionalText(tracking, "utm_content")));
        } catch (IllegalArgumentException e) {
            throw new InvalidWebhookException(e.getMessage());
        }
    }
}
