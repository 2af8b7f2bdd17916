package io.opensdr.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProspectFactsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T23:30:00Z");
    private static final HotLead LEAD = new HotLead("p-1", "c-1", "Claire Martin", "VP Sales", "Acme", 91, T0);

    @Test
    void shouldCountAMilestoneOnceOnTheUtcDayOfItsEvent() {
        ProgressChange first = ProspectFacts.NONE.reach(Milestone.FOUND, T0).orElseThrow();

        assertThat(first.deltas()).isEqualTo(Map.of(Tally.PROSPECTS_FOUND, 1));
        assertThat(first.day()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(first.next().reach(Milestone.FOUND, T0.plusSeconds(5))).isEmpty();
    }

    @Test
    void shouldMoveAProspectBetweenDecisionsWhenARescoringIsNewer() {
        ProspectFacts inReview = ProspectFacts.NONE.qualify(Qualification.REVIEW, false, null, T0).orElseThrow().next();

        ProgressChange rescored = inReview.qualify(Qualification.QUALIFIED, false, null, T0.plusSeconds(60)).orElseThrow();

        assertThat(rescored.deltas()).isEqualTo(Map.of(Tally.IN_REVIEW, -1, Tally.QUALIFIED, 1));
        assertThat(rescored.next().qualify(Qualification.REVIEW, false, null, T0)).as("an older decision, late").isEmpty();
        assertThat(rescored.next().qualify(Qualification.QUALIFIED, false, null, T0.plusSeconds(60))).as("redelivered").isEmpty();
    }

    @Test
    void shouldRaiseAHotLeadAlertOnlyWhenTheProspectTurnsHot() {
        ProgressChange hot = ProspectFacts.NONE.qualify(Qualification.QUALIFIED, true, LEAD, T0).orElseThrow();
        assertThat(hot.hotLead()).isEqualTo(LEAD);
        assertThat(hot.deltas()).isEqualTo(Map.of(Tally.QUALIFIED, 1, Tally.HOT, 1));

        ProgressChange stillHot = hot.next().qualify(Qualification.QUALIFIED, true, LEAD, T0.plusSeconds(1)).orElseThrow();
        assertThat(stillHot.hotLead()).isNull();
        assertThat(stillHot.countsSomething()).isFalse();

        ProgressChange cooled = stillHot.next().qualify(Qualification.REVIEW, false, null, T0.plusSeconds(2)).orElseThrow();
        assertThat(cooled.deltas()).isEqualTo(Map.of(Tally.QUALIFIED, -1, Tally.IN_REVIEW, 1, Tally.HOT, -1));
    }

    @Test
    void shouldCountAMeetingUntilItIsCancelledAndIgnoreAnOlderChange() {
        ProspectFacts booked = ProspectFacts.NONE.meeting(true, T0).orElseThrow().next();
        ProgressChange cancelled = booked.meeting(false, T0.plusSeconds(60)).orElseThrow();

        assertThat(cancelled.deltas()).isEqualTo(Map.of(Tally.MEETINGS_BOOKED, -1));
        assertThat(cancelled.next().meeting(true, T0)).isEmpty();
        assertThat(cancelled.next().meeting(true, T0.plusSeconds(120)).orElseThrow().deltas())
                .isEqualTo(Map.of(Tally.MEETINGS_BOOKED, 1));
    }

    @Test
    void shouldCountAFollowUpAsAnEmailButNotAsANewContact() {
        ProspectFacts first = ProspectFacts.NONE.send(1, T0).orElseThrow().next();

        assertThat(first.send(2, T0).orElseThrow().deltas()).isEqualTo(Map.of(Tally.EMAILS_SENT, 1));
        assertThat(first.send(1, T0)).isEmpty();
    }
}
