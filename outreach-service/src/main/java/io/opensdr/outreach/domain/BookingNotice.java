package io.opensdr.outreach.domain;

import java.time.Instant;

/**
 * What a scheduler's (verified) webhook says happened to one booking.
 *
 * @param bookingRef   the scheduler's id of the booking (Calendly's invitee URI, Cal.com's uid)
 * @param previousRef  the booking this one replaces when it is a reschedule, if the scheduler says
 * @param status       BOOKED, RESCHEDULED, MOVED (left for a new time) or CANCELED
 * @param inviteeEmail the address the invitee booked with; may differ from the one we wrote to
 * @param campaignId   {@code utm_campaign} of the booking link, if it came back
 * @param prospectId   {@code utm_content} of the booking link, if it came back
 */
public record BookingNotice(Scheduler scheduler, String bookingRef, String previousRef, MeetingStatus status,
                            Instant startsAt, Instant endsAt, String inviteeEmail, String campaignId,
                            String prospectId) {

    public BookingNotice {
        if (scheduler == null || bookingRef == null || bookingRef.isBlank() || status == null
                || startsAt == null || endsAt == null) {
            throw new IllegalArgumentException("a booking notice needs its scheduler, booking, status and times");
        }
        if (endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("a meeting cannot end before it starts");
        }
    }
}
