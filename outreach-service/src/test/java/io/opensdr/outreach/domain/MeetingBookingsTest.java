package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.kit.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingBookingsTest {

    private static final Instant STARTS = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant ENDS = STARTS.plus(Duration.ofMinutes(30));

    private final InMemoryMeetingPorts.Meetings meetings = new InMemoryMeetingPorts.Meetings();
    private final InMemoryMeetingPorts.Prospects prospects = new InMemoryMeetingPorts.Prospects();
    private final InMemoryPorts.Campaigns campaigns = new InMemoryPorts.Campaigns();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final MeetingBookings bookings = new MeetingBookings(meetings, prospects, campaigns, clock);

    @BeforeEach
    void knownProspects() {
        campaigns.saveIfNewer(CampaignMother.anActiveCampaign("c-1"));
        prospects.wroteTo("workspace-1", "c-1", "p-1", "claire.martin@acme.example");
    }

    @Test
    void shouldAnnounceABookingMatchedByTheLinkIds() {
        BookingOutcome outcome = bookings.record(calendly("inv-1", MeetingStatus.BOOKED, "someone.else@gmail.example", "c-1", "p-1"));

        assertThat(outcome.result()).isEqualTo(BookingOutcome.Result.RECORDED);
        assertThat(outcome.status()).isEqualTo(MeetingStatus.BOOKED);
        assertThat(meetings.announced).singleElement().satisfies(meeting -> {
            assertThat(meeting.prospect()).isEqualTo(new ProspectMatch("workspace-1", "c-1", "p-1"));
            assertThat(meeting.matchedBy()).isEqualTo(Meeting.MatchedBy.LINK);
            assertThat(meeting.meetingId()).isEqualTo(Meeting.meetingIdOf(Scheduler.CALENDLY, "inv-1"));
            assertThat(meeting.startsAt()).isEqualTo(STARTS);
            assertThat(meeting.endsAt()).isEqualTo(ENDS);
            assertThat(meeting.inviteeEmail()).as("no address kept for a matched booking").isNull();
        });
    }

    @Test
    void shouldMatchByTheInviteeAddressWhenTheLinkIdsDidNotComeBack() {
        BookingOutcome outcome = bookings.record(calendly("inv-2", MeetingStatus.BOOKED, "Claire.Martin@ACME.example", null, null));

        assertThat(outcome.result()).isEqualTo(BookingOutcome.Result.RECORDED);
        assertThat(meetings.announced).singleElement().satisfies(meeting -> {
            assertThat(meeting.prospect().prospectId()).isEqualTo("p-1");
            assertThat(meeting.matchedBy()).isEqualTo(Meeting.MatchedBy.EMAIL);
        });
    }

    @Test
    void shouldFallBackToTheAddressWhenTheLinkIdsNameNobodyOutreachWroteTo() {
        bookings.record(calendly("inv-3", MeetingStatus.BOOKED, "claire.martin@acme.example", "c-1", "p-unknown"));

        assertThat(meetings.announced).singleElement()
                .satisfies(meeting -> assertThat(meeting.prospect().prospectId()).isEqualTo("p-1"));
    }

    @Test
    void shouldLookOnlyInTheCampaignsWorkspaceWhenMatchingByAddress() {
        prospects.wroteTo("workspace-2", "c-other", "p-other", "shared@acme.example");
        prospects.wroteTo("workspace-1", "c-1", "p-shared", "shared@acme.example");

        bookings.record(calendly("inv-4", MeetingStatus.BOOKED, "shared@acme.example", "c-1", null));

        assertThat(meetings.announced).singleElement()
                .satisfies(meeting -> assertThat(meeting.prospect().prospectId()).isEqualTo("p-shared"));
    }

    @Test
    void shouldLeaveUnmatchedAnAddressKnownInSeveralWorkspacesWithoutACampaign() {
        prospects.wroteTo("workspace-2", "c-other", "p-other", "claire.martin@acme.example");

        BookingOutcome outcome = bookings.record(calendly("inv-5", MeetingStatus.BOOKED, "claire.martin@acme.example", null, null));

        assertThat(outcome.result()).isEqualTo(BookingOutcome.Result.UNMATCHED);
        assertThat(meetings.announced).isEmpty();
    }

    @Test
    void shouldRecordButNeverAnnounceABookingOfNobodyOutreachKnows() {
        BookingOutcome outcome = bookings.record(calendly("inv-6", MeetingStatus.BOOKED, "stranger@else.example", null, null));

        assertThat(outcome.result()).isEqualTo(BookingOutcome.Result.UNMATCHED);
        assertThat(meetings.announced).isEmpty();
        Meeting stored = meetings.get(Scheduler.CALENDLY, "inv-6");
        assertThat(stored.isMatched()).isFalse();
        assertThat(stored.inviteeEmail()).isEqualTo("stranger@else.example");

        assertThat(bookings.record(calendly("inv-6", MeetingStatus.BOOKED, "stranger@else.example", null, null)).result())
                .isEqualTo(BookingOutcome.Result.DUPLICATE);
    }

    @Test
    void shouldAnnounceNothingNewForAReplay() {
        BookingNotice booked = calendly("inv-7", MeetingStatus.BOOKED, null, "c-1", "p-1");
        bookings.record(booked);

        BookingOutcome replay = bookings.record(booked);

        assertThat(replay.result()).isEqualTo(BookingOutcome.Result.DUPLICATE);
        assertThat(replay.meetingId()).isEqualTo(Meeting.meetingIdOf(Scheduler.CALENDLY, "inv-7"));
        assertThat(meetings.announced).hasSize(1);
    }

    @Test
    void shouldAnnounceACancellationOnceAndNeverGoBackToBookedOnALateDelivery() {
        BookingNotice booked = calendly("inv-8", MeetingStatus.BOOKED, null, "c-1", "p-1");
        BookingNotice canceled = calendly("inv-8", MeetingStatus.CANCELED, null, "c-1", "p-1");
        bookings.record(booked);

        assertThat(bookings.record(canceled).result()).isEqualTo(BookingOutcome.Result.RECORDED);
        assertThat(bookings.record(canceled).result()).isEqualTo(BookingOutcome.Result.DUPLICATE);
        assertThat(bookings.record(booked).result()).isEqualTo(BookingOutcome.Result.DUPLICATE);

        assertThat(meetings.announced).extracting(Meeting::status)
                .containsExactly(MeetingStatus.BOOKED, MeetingStatus.CANCELED);
        assertThat(meetings.announced).extracting(Meeting::meetingId).containsOnly(Meeting.meetingIdOf(Scheduler.CALENDLY, "inv-8"));
    }

    @Test
    void shouldAnnounceACancellationOfABookingItNeverSaw() {
        BookingOutcome outcome = bookings.record(calendly("inv-9", MeetingStatus.CANCELED, null, "c-1", "p-1"));

        assertThat(outcome.result()).isEqualTo(BookingOutcome.Result.RECORDED);
        assertThat(meetings.announced).extracting(Meeting::status).containsExactly(MeetingStatus.CANCELED);
    }

    @Test
    void shouldKeepTheMeetingAndItsProspectWhenCalComReschedules() {
        bookings.record(calCom("uid-1", null, MeetingStatus.BOOKED, "c-1", "p-1"));

        // Cal.com's reschedule need not carry the link's ids again: the replaced booking knows the prospect.
        BookingOutcome outcome = bookings.record(calCom("uid-2", "uid-1", MeetingStatus.RESCHEDULED, null, null));

        assertThat(outcome.result()).isEqualTo(BookingOutcome.Result.RECORDED);
        assertThat(outcome.meetingId()).isEqualTo(Meeting.meetingIdOf(Scheduler.CAL_COM, "uid-1"));
        assertThat(meetings.announced).extracting(Meeting::status)
                .containsExactly(MeetingStatus.BOOKED, MeetingStatus.RESCHEDULED);
        assertThat(meetings.announced.get(1).prospect().prospectId()).isEqualTo("p-1");
        assertThat(meetings.announced.get(1).matchedBy()).isEqualTo(Meeting.MatchedBy.RESCHEDULE);
        assertThat(meetings.announced.get(1).bookingRef()).isEqualTo("uid-2");
        assertThat(meetings.get(Scheduler.CAL_COM, "uid-1").status()).isEqualTo(MeetingStatus.MOVED);
        assertThat(meetings.get(Scheduler.CAL_COM, "uid-1").supersededBy()).isEqualTo("uid-2");

        // Cancelling the old booking now is not news: the meeting lives on in uid-2.
        assertThat(bookings.record(calCom("uid-1", null, MeetingStatus.CANCELED, "c-1", "p-1")).result())
                .isEqualTo(BookingOutcome.Result.RECORDED);
        assertThat(meetings.announced).hasSize(2);
    }

    @Test
    void shouldTellACalendlyRescheduleFromACancellation() {
        bookings.record(calendly("inv-old", MeetingStatus.BOOKED, null, "c-1", "p-1"));
        clock.advance(Duration.ofMinutes(1));

        // Calendly: the old invitee is cancelled with rescheduled=true, then the new invitee is created.
        assertThat(bookings.record(calendly("inv-old", MeetingStatus.MOVED, null, "c-1", "p-1")).result())
                .isEqualTo(BookingOutcome.Result.RECORDED);
        BookingOutcome rebooked = bookings.record(calendly("inv-new", MeetingStatus.BOOKED, null, "c-1", "p-1"));

        assertThat(rebooked.status()).isEqualTo(MeetingStatus.RESCHEDULED);
        assertThat(rebooked.meetingId()).isEqualTo(Meeting.meetingIdOf(Scheduler.CALENDLY, "inv-old"));
        assertThat(meetings.announced).extracting(Meeting::status)
                .containsExactly(MeetingStatus.BOOKED, MeetingStatus.RESCHEDULED);
        assertThat(meetings.get(Scheduler.CALENDLY, "inv-old").supersededBy()).isEqualTo("inv-new");

        // A later, unrelated booking of the same prospect is a new meeting.
        BookingOutcome another = bookings.record(calendly("inv-later", MeetingStatus.BOOKED, null, "c-1", "p-1"));
        assertThat(another.status()).isEqualTo(MeetingStatus.BOOKED);
        assertThat(another.meetingId()).isEqualTo(Meeting.meetingIdOf(Scheduler.CALENDLY, "inv-later"));
    }

    @Test
    void shouldFollowCalendlysOldInviteeWhenTheNewBookingArrivesFirst() {
        bookings.record(calendly("inv-a", MeetingStatus.BOOKED, null, "c-1", "p-1"));

        BookingOutcome rebooked = bookings.record(new BookingNotice(Scheduler.CALENDLY, "inv-b", "inv-a",
                MeetingStatus.BOOKED, STARTS.plus(Duration.ofDays(1)), ENDS.plus(Duration.ofDays(1)), null, "c-1", "p-1"));
        BookingOutcome oldCanceled = bookings.record(calendly("inv-a", MeetingStatus.MOVED, null, "c-1", "p-1"));

        assertThat(rebooked.status()).isEqualTo(MeetingStatus.RESCHEDULED);
        assertThat(oldCanceled.result()).isEqualTo(BookingOutcome.Result.DUPLICATE);
        assertThat(meetings.announced).extracting(Meeting::status)
                .containsExactly(MeetingStatus.BOOKED, MeetingStatus.RESCHEDULED);
        assertThat(meetings.announced.get(1).startsAt()).isEqualTo(STARTS.plus(Duration.ofDays(1)));
    }

    private static BookingNotice calendly(String invitee, MeetingStatus status, String email, String campaignId,
                                          String prospectId) {
        return new BookingNotice(Scheduler.CALENDLY, invitee, null, status, STARTS, ENDS, email, campaignId, prospectId);
    }

    private static BookingNotice calCom(String uid, String rescheduleUid, MeetingStatus status, String campaignId,
                                        String prospectId) {
        return new BookingNotice(Scheduler.CAL_COM, uid, rescheduleUid, status, STARTS, ENDS, null, campaignId, prospectId);
    }
}
