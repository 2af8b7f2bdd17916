package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.ConflictException;
import io.opensdr.kit.errors.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Creating campaigns and moving them through their lifecycle, always inside the caller's workspace. */
@Service
public class Campaigns {

    private final CampaignStore store;
    private final DraftStore drafts;
    private final Clock clock;

    public Campaigns(CampaignStore store, DraftStore drafts, Clock clock) {
        this.store = store;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** Whom to preview the campaign's template for: the prospect of its newest draft, else the sample person. */
    public TemplatePreview.MergeSample previewPerson(Caller caller, Campaign campaign) {
        return drafts.latestOf(caller.workspaceId(), campaign.id())
                .filter(draft -> draft.recipient() != null && draft.recipient().firstName() != null)
                .map(draft -> new TemplatePreview.MergeSample(draft.prospectId(), draft.recipient().firstName(),
                        draft.recipient().lastName(), draft.recipient().title(), draft.recipient().companyName()))
                .orElse(TemplatePreview.SAMPLE);
    }

    public Campaign create(Caller caller, CampaignSettings settings) {
        return create(caller, settings, false);
    }

    /**
     * A new DRAFT, with as many setup steps as the user gave; {@code templateApproved} when the user
     * approved the template in the same request (only meaningful with a template).
     */
    public Campaign create(Caller caller, CampaignSettings settings, boolean templateApproved) {
        Campaign campaign = Campaign.create(UUID.randomUUID().toString(), caller.workspaceId(), settings, clock.instant());
        if (templateApproved && settings.emailTemplate() != null) {
            campaign = new Campaign(campaign.id(), campaign.workspaceId(), settings, campaign.status(), true,
                    campaign.revision(), campaign.createdAt(), null, campaign.updatedAt());
        }
        store.insert(campaign);
        return campaign;
    }

    public List<Campaign> list(Caller caller) {
        return store.list(caller.workspaceId());
    }

    public Campaign get(Caller caller, String campaignId) {
        return store.find(caller.workspaceId(), campaignId)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }

    public Campaign change(Caller caller, String campaignId, CampaignAction action) {
        Campaign current = get(caller, campaignId);
        return save(current, current.apply(action, clock.instant()));
    }

    /** Saves a setup step (1-4) of a DRAFT campaign. */
    public Campaign setUp(Caller caller, String campaignId, UnaryOperator<CampaignSettings> step) {
        Campaign current = get(caller, campaignId);
        return save(current, current.setUp(step.apply(current.settings()), clock.instant()));
    }

    /** Changes the daily quota, source (before launch), sending window or sender, until the campaign is over. */
    public Campaign tune(Caller caller, String campaignId, UnaryOperator<CampaignSettings> change) {
        Campaign current = get(caller, campaignId);
        return save(current, current.tune(change.apply(current.settings()), clock.instant()));
    }

    public Campaign approveTemplate(Caller caller, String campaignId) {
        Campaign current = get(caller, campaignId);
        Campaign next = current.approveTemplate(clock.instant());
        return next == current ? current : save(current, next);
    }

    /**
     * One action on several campaigns of the caller's workspace, each on its own: every campaign is
     * its own aggregate with its own snapshot, so one refused campaign does not undo the others.
     */
    public List<BulkOutcome> bulk(Caller caller, CampaignAction action, List<String> campaignIds) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (String campaignId : new LinkedHashSet<>(campaignIds)) {
            try {
                outcomes.add(BulkOutcome.done(change(caller, campaignId, action)));
            } catch (NotFoundException e) {
                outcomes.add(BulkOutcome.notFound(campaignId, e.getMessage()));
            } catch (ConflictException e) {
                outcomes.add(BulkOutcome.refused(campaignId, e.getMessage()));
            }
        }
        return outcomes;
    }

    public Campaign requalify(Caller caller, String campaignId, QualificationSettings qualification) {
        Campaign current = get(caller, campaignId);
        return save(current, current.requalify(qualification, clock.instant()));
    }

    private Campaign save(Campaign current, Campaign next) {
        if (!store.replace(current, next)) {
            // Someone else changed it between our read and our write: let the user decide again.
            throw new ConflictException("The campaign was changed meanwhile; reload it and try again");
        }
        return next;
    }
}
