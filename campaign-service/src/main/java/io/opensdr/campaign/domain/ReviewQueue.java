package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The human step between drafting and sending: every drafted email waits here until a member of
 * its workspace approves (possibly after editing) or rejects it. Approving is idempotent: pressing
 * twice approves once and publishes one EmailApproved.
 */
@Service
public class ReviewQueue {

    private final DraftStore drafts;
    private final CampaignStore campaigns;
    private final ProspectProgress progress;
    private final Clock clock;

    public ReviewQueue(DraftStore drafts, CampaignStore campaigns, ProspectProgress progress, Clock clock) {
        this.drafts = drafts;
        this.campaigns = campaigns;
        this.progress = progress;
        this.clock = clock;
    }

    /** A draft proposed by outreach (at least once: a redelivery changes nothing). */
    public void receive(Draft proposed) {
        drafts.insertOnce(proposed);
        progress.drafted(proposed.prospect());
    }

    public List<Draft> list(Caller caller, DraftStatus status, String campaignId) {
        return drafts.list(caller.workspaceId(), status, campaignId);
    }

    /** Approves the draft, with the reviewer's edit if any; a draft already approved is returned unchanged. */
    public Draft approve(Caller caller, String draftId, DraftEdit edit) {
        Draft draft = get(caller, draftId);
        if (draft.status() == DraftStatus.APPROVED) {
            return draft;
        }
        Campaign campaign = campaigns.find(caller.workspaceId(), draft.campaignId())
                .orElseThrow(() -> new IllegalTransitionException("The draft's campaign no longer exists"));
        if (!campaign.acceptsApprovals()) {
            throw new IllegalTransitionException(
                    "Drafts of a " + campaign.status() + " campaign cannot be approved; only ACTIVE or PAUSED campaigns send emails");
        }
        Draft approved = draft.approve(edit, caller.userId(), clock.instant());
        if (drafts.approveIfPending(approved)) {
            return approved;
        }
        return decidedMeanwhile(caller, draftId, DraftStatus.APPROVED, "approved");
    }

    /** Rejects the draft; a draft already rejected is returned unchanged. */
    public Draft reject(Caller caller, String draftId, String reason) {
        Draft draft = get(caller, draftId);
        if (draft.status() == DraftStatus.REJECTED) {
            return draft;
        }
        Draft rejected = draft.reject(reason, caller.userId(), clock.instant());
        if (drafts.rejectIfPending(rejected)) {
            return rejected;
        }
        return decidedMeanwhile(caller, draftId, DraftStatus.REJECTED, "rejected");
    }

    public Draft get(Caller caller, String draftId) {
        return drafts.find(caller.workspaceId(), draftId).orElseThrow(() -> new NotFoundException("Draft", draftId));
    }

    /**
     * Another request decided the draft between our read and our conditional write: the same
     * decision is the idempotent answer, the opposite one a conflict.
     */
    private Draft decidedMeanwhile(Caller caller, String draftId, DraftStatus wanted, String pastParticiple) {
        Draft now = get(caller, draftId);
        if (now.status() == wanted) {
            return now;
        }
        throw IllegalTransitionException.of(now.status(), "draft", pastParticiple);
    }
}
