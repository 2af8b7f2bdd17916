package io.opensdr.outreach.web;

import static io.opensdr.outreach.web.WebhookJson.object;
import static io.opensdr.outreach.web.WebhookJson.optionalText;
import static io.opensdr.outreach.web.WebhookJson.requiredInstant;
import static io.opensdr.outreach.web.WebhookJson.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import io.opensdr.outreach.domain.BookingNotice;
import io.opensdr.outreach.domain.MeetingStatus;
import io.opensdr.outreach.domain.Scheduler;
import java.util.Map;
import java.util.Optional;

/**
 * Cal.com's webhook {@code {"triggerEvent", "createdAt", "payload": {...}}} read into a booking
 * notice. The booking is {@code payload.uid}; a reschedule names the booking it replaces in
 * {@code rescheduleUid}. The invitee is the first attendee. The link's utm parameters come back
 * in {@code payload.metadata} (Cal.com keeps a booking URL's extra query parameters there), or
 * in {@code payload.tracking} where a Cal.com version reports them so.
 */
final class CalComWebhook {

    private static final Map<String, MeetingStatus> TRIGGERS = Map.of(
            "BOOKING_CREATED", MeetingStatus.BOOKED,
            "BOOKING_RESCHEDULED", MeetingStatus.RESCHEDULED,
            "BOOKING_CANCELLED", MeetingStatus.CANCELED);

    private CalComWebhook() {
    }

    /** Empty for a trigger outreach does not handle (e.g. Cal.com's PING): acknowledged, nothing recorded. */
    static Optional<BookingNotice> read(JsonNode envelope) {
        if (!envelope.isObject()) {
            throw new InvalidWebhookException("the body must be a JSON object");
        }
        MeetingStatus status = TRIGGERS.get(requiredText(envelope, "triggerEvent"));
        if (status == null) {
            return Optional.empty();
        }
        JsonNode payload = object(envelope, "payload");
        String uid = requiredText(payload, "uid");
        JsonNode attendees = payload.get("attendees");
        if (attendees != null && !attendees.isNull() && !attendees.isArray()) {
            throw new InvalidWebhookException("'attendees' must be an array");
        }
        String email = attendees != null && attendees.size() > 0 && attendees.get(0).isObject()
                ? optionalText(attendees.get(0), "email") : null;
        JsonNode metadata = optionalObject(payload, "metadata");
        JsonNode tracking = optionalObject(payload, "tracking");
        String campaignId = firstOf(optionalText(metadata, "utm_campaign"), optionalText(tracking, "utm_campaign"));
        String prospectId = firstOf(optionalText(metadata, "utm_content"), optionalText(tracking, "utm_content"));
        String previous = status == MeetingStatus.RESCHEDULED ? optionalText(payload, "rescheduleUid") : null;
        if (uid.equals(previous)) {
            previous = null;
        }
        try {
            return Optional.of(new BookingNotice(Scheduler.CAL_COM, uid, previous, status,
                    requiredInstant(payload, "startTime"), requiredInstant(payload, "endTime"),
                    email, campaignId, prospectId));
        } catch (IllegalArgumentException e) {
            throw new InvalidWebhookException(e.getMessage());
        }
    }

    private static JsonNode optionalObject(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidWebhookException("'" + field + "' must be an object");
        }
        return node;
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}
