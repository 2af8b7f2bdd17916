package io.opensdr.outreach.domain;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts the first email of every qualified, contactable prospect, once. A prospect whose campaign
 * is not known yet, or whose draft cannot be written with the campaign's current template, is
 * parked and drafted when the campaign's next snapshot arrives, rather than dead-lettered: both
 * are fixed by a snapshot, not by replaying the qualification. Every draft gets the
 * {@link ComplianceFooter} from the system, after its writer's guardrails.
 */
public class Drafting {

    private static final Logger log = LoggerFactory.getLogger(Drafting.class);

    private final CampaignStore campaigns;
    private final DraftStore drafts;
    private final ParkedQualifications parked;
    private final DraftWriter writer;
    private final ComplianceFooter footer;

    public Drafting(CampaignStore campaigns, DraftStore drafts, ParkedQualifications parked, DraftWriter writer,
                    ComplianceFooter footer) {
        this.campaigns = campaigns;
        this.drafts = drafts;
        this.parked = parked;
        this.writer = writer;
        this.footer = footer;
    }

    public DraftOutcome onQualified(QualifiedProspect prospect) {
        if (!prospect.deservesDraft()) {
            return DraftOutcome.SKIPPED;
        }
        Optional<Campaign> campaign = campaigns.find(prospect.campaignId());
        if (campaign.isEmpty()) {
            parked.park(prospect, "campaign " + prospect.campaignId() + " not seen yet");
            // The snapshot may have been stored between the look-up and the park, and drained
            // parked prospects before this one was there: look again so that it is not stranded.
            campaigns.find(prospect.campaignId()).ifPresent(this::draftParked);
            return DraftOutcome.PARKED;
        }
        return draft(campaign.get(), prospect);
    }

    /** Stores a campaign snapshot (unless it is older than the one held) and drafts what waited for it. */
    public void onCampaign(Campaign snapshot) {
        campaigns.saveIfNewer(snapshot);
        campaigns.find(snapshot.id()).ifPresent(this::draftParked);
    }

    private void draftParked(Campaign campaign) {
        List<QualifiedProspect> waiting = parked.forCampaign(campaign.id());
        for (QualifiedProspect prospect : waiting) {
            if (draft(campaign, prospect) != DraftOutcome.PARKED) {
                parked.remove(prospect.prospectId());
            }
        }
    }

    private DraftOutcome draft(Campaign campaign, QualifiedProspect prospect) {
        if (!campaign.acceptsDrafts()) {
            return DraftOutcome.SKIPPED;
        }
        if (drafts.exists(Draft.idFor(prospect.prospectId(), Draft.FIRST_STEP))) {
            // A redelivered qualification: no second model call for a draft already made.
            return DraftOutcome.ALREADY_DRAFTED;
        }
        DraftContent content;
        try {
            content = footer.appendTo(writer.write(campaign, prospect), campaign, prospect);
        } catch (DraftNotWritableException e) {
            // Kept with its reason: a corrected template (a new snapshot) drafts it.
            log.warn("Cannot draft for prospect {} of campaign {}: {}", prospect.prospectId(), campaign.id(), e.getMessage());
            parked.park(prospect, e.getMessage());
            return DraftOutcome.PARKED;
        }
        return drafts.insertIfAbsent(Draft.firstEmail(prospect, content))
                ? DraftOutcome.DRAFTED
                : DraftOutcome.ALREADY_DRAFTED;
    }
}
