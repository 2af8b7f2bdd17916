package io.opensdr.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.kit.errors.NotFoundException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProspectProgressTest {

    private static final ProspectRef PROSPECT = new ProspectRef("workspace-1", "campaign-1", "prospect-1");
    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

    private final InMemoryStores.Campaigns campaigns = new InMemoryStores.Campaigns();
    private final InMemoryStores.Progress store = new InMemoryStores.Progress();
    private final ProspectProgress progress = new ProspectProgress(store, campaigns);

    @Test
    void shouldCountEveryHumanEngagementButNoAutoReply() {
        for (Engagement engagement : Engagement.values()) {
            progress.engaged(PROSPECT, engagement, false);
        }

        assertThat(store.calls).containsExactly("prospect-1 DELIVERED", "prospect-1 OPENED", "prospect-1 CLICKED",
                "prospect-1 REPLIED", "prospect-1 BOUNCED", "prospect-1 UNSUBSCRIBED", "prospect-1 SPAM_REPORTED");
    }

    @Test
    void shouldNeverCountAnOpenOrAClickByAMachine() {
        progress.engaged(PROSPECT, Engagement.OPENED, true);
        progress.engaged(PROSPECT, Engagement.CLICKED, true);

        assertThat(store.calls).isEmpty();
    }

    @Test
    void shouldKeepAMeetingThatWasRescheduledAndDropOneThatWasCancelled() {
        progress.meeting(PROSPECT, MeetingChange.BOOKED, NOW);
        progress.meeting(PROSPECT, MeetingChange.RESCHEDULED, NOW.plusSeconds(1));
        progress.meeting(PROSPECT, MeetingChange.CANCELED, NOW.plusSeconds(2));

        assertThat(store.calls).containsExactly("prospect-1 has a meeting", "prospect-1 has a meeting",
                "prospect-1 has no meeting");
    }

    @Test
    void shouldRefuseTheMetricsOfACampaignOfAnotherWorkspace() {
        campaigns.insert(CampaignMother.anActiveCampaign());

        assertThat(progress.metrics(new Caller("u", "a@b.c", "workspace-1"), "campaign-1")).isNotNull();
        assertThatThrownBy(() -> progress.metrics(new Caller("u", "e@f.g", "workspace-9"), "campaign-1"))
                .isInstanceOf(NotFoundException.class);
    }
}
