package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.NotFoundException;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Follows every prospect through the pipeline (found, qualified, drafted, approved, sent, replied,
 * meeting booked) from the events of all services, and answers the campaign's metrics. Each
 * event may arrive more than once; none is ever counted twice.
 */
@Service
public class ProspectProgress {

    private final ProgressStore store;
    private final CampaignStore campaigns;

    public ProspectProgress(ProgressStore store, CampaignStore campaigns) {
        this.store = store;
        this.campaigns = campaigns;
    }

    public void found(ProspectRef prospect) {
        store.reach(prospect, Milestone.FOUND);
    }

    public void qualified(ProspectRef prospect, Qualification qualification, Instant decidedAt) {
        store.qualify(prospect, qualification, decidedAt);
    }

    public void drafted(ProspectRef prospect) {
        store.reach(prospect, Milestone.DRAFTED);
    }

    public void approved(ProspectRef prospect) {
        store.reach(prospect, Milestone.APPROVED);
    }

    public void sent(ProspectRef prospect) {
        store.reach(prospect, Milestone.SENT);
    }

    /**
     * Opens and clicks made by machines (security scanners, privacy proxies) are not engagement;
     * an auto-reply is not a reply.
     */
    public void engaged(ProspectRef prospect, Engagement engagement, boolean machineGenerated) {
        Milestone milestone = switch (engagement) {
            case DELIVERED -> Milestone.DELIVERED;
            case OPENED -> machineGenerated ? null : Milestone.OPENED;
            case CLICKED -> machineGenerated ? null : Milestone.CLICKED;
            case REPLIED -> Milestone.REPLIED;
            case AUTO_REPLIED -> null;
            case BOUNCED -> Milestone.BOUNCED;
            case UNSUBSCRIBED -> Milestone.UNSUBSCRIBED;
            case SPAM_REPORTED -> Milestone.SPAM_REPORTED;
        };
        if (milestone != null) {
            store.reach(prospect, milestone);
        }
    }

    public void meeting(ProspectRef prospect, MeetingChange change, Instant changedAt) {
        store.meeting(prospect, change.leavesAMeeting(), changedAt);
    }

    public CampaignMetrics metrics(Caller caller, String campaignId) {
        if (campaigns.find(caller.workspaceId(), campaignId).isEmpty()) {
            throw new NotFoundException("Campaign", campaignId);
        }
        return store.metrics(caller.workspaceId(), campaignId);
    }
}
