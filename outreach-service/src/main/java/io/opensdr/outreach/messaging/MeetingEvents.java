package io.opensdr.outreach.messaging;

import io.opensdr.events.MeetingBooked;
import io.opensdr.events.MeetingStatus;
import io.opensdr.events.Scheduler;
import io.opensdr.outreach.domain.Meeting;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** MeetingBooked, built from a recorded booking of a known prospect. */
public final class MeetingEvents {

    private MeetingEvents() {
    }

    public static MeetingBooked meetingBooked(Meeting meeting, Instant at) {
        if (!meeting.isMatched() || !meeting.status().isAnnounced()) {
            throw new IllegalArgumentException("only a matched booking that is booked, rescheduled or cancelled is announced");
        }
        return MeetingBooked.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(at.truncatedTo(ChronoUnit.MILLIS))
                .setWorkspaceId(meeting.prospect().workspaceId())
                .setCampaignId(meeting.prospect().campaignId())
                .setProspectId(meeting.prospect().prospectId())
                .setMeetingId(meeting.meetingId())
                .setScheduler(Scheduler.valueOf(meeting.scheduler().name()))
                .setStatus(MeetingStatus.valueOf(meeting.status().name()))
                .setStartsAt(meeting.startsAt().truncatedTo(ChronoUnit.MILLIS))
                .setEndsAt(meeting.endsAt().truncatedTo(ChronoUnit.MILLIS))
                .setExternalRef(meeting.bookingRef())
                .build();
    }
}
