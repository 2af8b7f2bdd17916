package io.opensdr.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProspectProgressTest {

    private static final ProspectRef PROSPECT = new ProspectRef("workspace-1", "campaign-1", "prospect-1");
    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

    private final InMemoryStores.Progress store = new InMemoryStores.Progress();
    private final ProspectProgress progress = new ProspectProgress(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldCountEveryHumanEngagementButNoAutoReply() {
        for (Engagement engagement : Engagement.values()) {
            progress.engaged(PROSPECT, engagement, false, NOW);
        }

        assertThat(store.facts("prospect-1").reached()).containsExactlyInAnyOrder(Milestone.DELIVERED,
                Milestone.OPENED, Milestone.CLICKED, Milestone.REPLIED, Milestone.BOUNCED, Milestone.UNSUBSCRIBED,
                Milestone.SPAM_REPORTED);
        assertThat(store.totals("campaign-1").get(Tally.REPLIES)).isEqualTo(1);
    }

    @Test
    void shouldNeverCountAnOpenOrAClickByAMachine() {
        progress.engaged(PROSPECT, Engagement.OPENED, true, NOW);
        progress.engaged(PROSPECT, Engagement.CLICKED, true, NOW);

        assertThat(store.facts("prospect-1").reached()).isEmpty();
        assertThat(store.totals("campaign-1")).isEqualTo(Tallies.NONE);
    }

    @Test
    void shouldKeepAMeetingThatWasRescheduledAndDropOneThatWasCancelled() {
        progress.meeting(PROSPECT, MeetingChange.BOOKED, NOW);
        progress.meeting(PROSPECT, MeetingChange.RESCHEDULED, NOW.plusSeconds(1));
        assertThat(store.totals("campaign-1").get(Tally.MEETINGS_BOOKED)).isEqualTo(1);

        progress.meeting(PROSPECT, MeetingChange.CANCELED, NOW.plusSeconds(2));

        assertThat(store.totals("campaign-1").get(Tally.MEETINGS_BOOKED)).isZero();
    }

    @Test
    void shouldCountEachEmailOnceAndEachContactedProspectOnce() {
        progress.sent(PROSPECT, 1, NOW);
        progress.sent(PROSPECT, 1, NOW);
        progress.sent(PROSPECT, 2, NOW.plusSeconds(86_400));

        assertThat(store.totals("campaign-1").get(Tally.EMAILS_SENT)).isEqualTo(2);
        assertThat(store.totals("campaign-1").get(Tally.PROSPECTS_CONTACTED)).isEqualTo(1);
    }

    @Test
    void shouldMoveAReviewedProspectOutOfReviewAndKeepItHot() {
        HotLead lead = new HotLead("prospect-1", "campaign-1", "Claire", "VP", "Acme", 88, NOW);
        progress.qualified(PROSPECT, Qualification.REVIEW, true, lead, NOW);

        progress.reviewed(PROSPECT, Qualification.QUALIFIED, NOW.plusSeconds(60));
        progress.reviewed(PROSPECT, Qualification.QUALIFIED, NOW.plusSeconds(60));

        assertThat(store.totals("campaign-1").get(Tally.IN_REVIEW)).isZero();
        assertThat(store.totals("campaign-1").get(Tally.QUALIFIED)).isEqualTo(1);
        assertThat(store.totals("campaign-1").get(Tally.HOT)).isEqualTo(1);
    }

    @Test
    void shouldCountADraftOnTheDayItWasQueued() {
        progress.drafted(PROSPECT);
        progress.drafted(PROSPECT);

        assertThat(store.totals("campaign-1").get(Tally.EMAILS_DRAFTED)).isEqualTo(1);
    }
}
