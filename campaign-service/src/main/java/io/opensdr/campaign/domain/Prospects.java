package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The workspace's prospects: the list with its filters, the BANT breakdown shown beside each draft,
 * and the review band, where a human qualifies or rejects the prospects the qualifier could not
 * decide. A human decision is recorded once and published once as ProspectReviewed; outreach
 * drafts a qualified one exactly as if the qualifier had qualified it.
 */
@Service
public class Prospects {

    private final ProspectStore store;
    private final CampaignStore campaigns;
    private final Clock clock;

    public Prospects(ProspectStore store, CampaignStore campaigns, Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public void found(ProspectRecord found) {
        store.found(found);
    }

    public void qualified(ProspectRecord qualified) {
        store.qualified(qualified);
    }

    public ProspectSlice page(Caller caller, ProspectFilter filter) {
        return store.page(caller.workspaceId(), filter);
    }

    public ProspectRecord get(Caller caller, String prospectId) {
        return store.find(caller.workspaceId(), prospectId).orElseThrow(() -> new NotFoundException("Prospect", prospectId));
    }

    public Map<String, ProspectRecord> byIds(Caller caller, Collection<String> prospectIds) {
        return store.findAll(caller.workspaceId(), prospectIds);
    }

    /**
     * A human's decision on a prospect of the review band. Deciding the same again returns the
     * prospect unchanged and publishes nothing more; the opposite decision is refused.
     */
    public ProspectRecord review(Caller caller, String prospectId, ReviewDecision decision, String reason) {
        ProspectRecord prospect = get(caller, prospectId);
        if (prospect.review() == null) {
            if (prospect.status() != ProspectStatus.REVIEW) {
                throw new IllegalTransitionException("Only prospects the qualifier left to review are decided here; this one is "
                        + prospect.status());
            }
            if (decision == ReviewDecision.QUALIFIED) {
                requireDraftable(caller, prospect);
            }
        }
        ProspectRecord.Review holding = store.reviewOnce(prospect,
                new ProspectRecord.Review(decision, caller.userId(), clock.instant(), reason));
        if (holding.decision() != decision) {
            throw new IllegalTransitionException("The prospect was already reviewed: " + holding.decision());
        }
        return get(caller, prospectId);
    }

    private void requireDraftable(Caller caller, ProspectRecord prospect) {
        if (prospect.bant() == null || !prospect.bant().contactable()) {
            throw new IllegalTransitionException("The prospect has no usable email address: qualifying them would lead to no "
                    + "email; reject them, or find their address first");
        }
        Campaign campaign = campaigns.find(caller.workspaceId(), prospect.campaignId())
                .orElseThrow(() -> new IllegalTransitionException("The prospect's campaign no longer exists"));
        if (!campaign.acceptsApprovals()) {
            throw new IllegalTransitionException("Prospects of a " + campaign.status() + " campaign cannot be qualified; "
                    + "only ACTIVE or PAUSED campaigns draft emails");
        }
    }
}
