package io.opensdr.outreach.domain;

/**
 * What recording a booking notice did.
 *
 * @param meetingId the meeting the booking is part of
 * @param status    the booking's status after the notice
 */
public record BookingOutcome(Result result, String meetingId, MeetingStatus status) {

    public enum Result {
        /** A change for a known prospect: stored, and announced unless it is the MOVED half of a reschedule. */
        RECORDED,
        /** Nothing new: this booking already has this status (a replay) or a later one. */
        DUPLICATE,
        /** Stored for no prospect: neither the link's ids nor the invitee's address matched one. */
        UNMATCHED
    }
}
