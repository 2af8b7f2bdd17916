package io.opensdr.campaign.domain;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Follows every prospect through the pipeline (found, qualified, drafted, approved, sent, engaged,
 * meeting booked) from the events of all services, and keeps the dashboard counters that follow.
 * Each event may arrive more than once; none is ever counted twice.
 */
@Service
public class ProspectProgress {

    private final ProgressStore store;
    private final Clock clock;

    public ProspectProgress(ProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void found(ProspectRef prospect, Instant at) {
        reach(prospect, Milestone.FOUND, at);
    }

    public void qualified(ProspectRef prospect, Qualification qualification, boolean hot, HotLead lead, Instant decidedAt) {
        store.record(prospect, facts -> facts.qualify(qualification, hot, lead, decidedAt));
    }

    /** A member decided on a prospect of the review band: the newer decision replaces the qualifier's; hot stays. */
    public void reviewed(ProspectRef prospect, Qualification decision, Instant decidedAt) {
        store.record(prospect, facts -> facts.qualify(decision, facts.hot(), null, decidedAt));
    }

    /** A draft entered the review queue now (counted on the day it was queued). */
    public void drafted(ProspectRef prospect) {
        reach(prospect, Milestone.DRAFTED, clock.instant());
    }

    public void approved(ProspectRef prospect, Instant at) {
        reach(prospect, Milestone.APPROVED, at);
    }

    public void sent(ProspectRef prospect, int step, Instant at) {
        store.record(prospect, facts -> facts.send(step, at));
    }

    /**
     * Opens and clicks made by machines (security scanners, privacy proxies) are not engagement;
     * an auto-reply is not a reply.
     */
    public void engaged(ProspectRef prospect, Engagement engagement, boolean machineGenerated, Instant at) {
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
            reach(prospect, milestone, at);
        }
    }

    public void meeting(ProspectRef prospect, MeetingChange change, Instant changedAt) {
        store.record(prospect, facts -> facts.meeting(change.leavesAMeeting(), changedAt));
    }

    private void reach(ProspectRef prospect, Milestone milestone, Instant at) {
        store.record(prospect, facts -> facts.reach(milestone, at));
    }
}
