package io.opensdr.campaign.domain;

import static io.opensdr.campaign.domain.DraftMother.aPendingDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.kit.errors.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {

    private static final Caller REVIEWER = new Caller("user-1", "ada@acme.example", "workspace-1");
    private static final Caller OUTSIDER = new Caller("user-9", "eve@other.example", "workspace-9");

    private final InMemoryStores.Campaigns campaigns = new InMemoryStores.Campaigns();
    private final InMemoryStores.Drafts drafts = new InMemoryStores.Drafts();
    private final InMemoryStores.Progress progressStore = new InMemoryStores.Progress();
    private final ReviewQueue queue = new ReviewQueue(drafts, campaigns, new ProspectProgress(progressStore, Clock.systemUTC()),
            Clock.fixed(Instant.parse("2026-01-08T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void shouldQueueAProposedDraftOnceAndCountItAsDrafted() {
        queue.receive(aPendingDraft());
        queue.receive(aPendingDraft());

        assertThat(queue.list(REVIEWER, DraftStatus.PENDING, null)).hasSize(1);
        assertThat(progressStore.facts("prospect-1").reached()).containsOnly(Milestone.DRAFTED);
    }

    @Test
    void shouldApproveOnceWhenApprovedTwice() {
        campaigns.insert(CampaignMother.anActiveCampaign());
        queue.receive(aPendingDraft());

        Draft first = queue.approve(REVIEWER, "draft-1", new DraftEdit("Edited", "Edited body"));
        Draft second = queue.approve(REVIEWER, "draft-1", null);

        assertThat(second).isEqualTo(first);
        assertThat(second.subject()).isEqualTo("Edited");
        assertThat(drafts.approvalsRecorded).hasSize(1);
    }

    @Test
    void shouldApproveDraftsOfAPausedCampaign() {
        campaigns.insert(CampaignMother.aPausedCampaign());
        queue.receive(aPendingDraft());

        assertThat(queue.approve(REVIEWER, "draft-1", null).status()).isEqualTo(DraftStatus.APPROVED);
    }

    @Test
    void shouldRefuseToApproveADraftOfAStoppedCampaign() {
        campaigns.insert(CampaignMother.aStoppedCampaign());
        queue.receive(aPendingDraft());

        assertThatThrownBy(() -> queue.approve(REVIEWER, "draft-1", null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageStartingWith("Drafts of a STOPPED campaign cannot be approved");
        assertThat(drafts.approvalsRecorded).isEmpty();
    }

    @Test
    void shouldRefuseToApproveADraftOfACampaignNotYetLaunched() {
        campaigns.insert(CampaignMother.aDraftCampaign());
        queue.receive(aPendingDraft());

        assertThatThrownBy(() -> queue.approve(REVIEWER, "draft-1", null))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void shouldNotShowADraftToAnotherWorkspace() {
        campaigns.insert(CampaignMother.anActiveCampaign());
        queue.receive(aPendingDraft());

        assertThatThrownBy(() -> queue.approve(OUTSIDER, "draft-1", null)).isInstanceOf(NotFoundException.class);
        assertThat(queue.list(OUTSIDER, null, null)).isEmpty();
    }

    @Test
    void shouldReturnARejectedDraftUnchangedWhenRejectedAgain() {
        queue.receive(aPendingDraft());

        Draft first = queue.reject(REVIEWER, "draft-1", "Not our market");
        Draft second = queue.reject(REVIEWER, "draft-1", "Changed my mind about why");

        assertThat(second).isEqualTo(first);
        assertThat(second.rejectionReason()).isEqualTo("Not our market");
    }
}
