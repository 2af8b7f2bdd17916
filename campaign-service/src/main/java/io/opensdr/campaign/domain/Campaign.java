package io.opensdr.campaign.domain;

import java.time.Instant;

/**
 * A campaign and its lifecycle: DRAFT → ACTIVE (launch) ⇄ PAUSED (pause, resume), and ACTIVE or
 * PAUSED → STOPPED (stop), which is final. The BANT settings may change until the campaign is over. Every change yields a new value with the next
 * revision, which downstream services use to ignore stale snapshots.
 *
 * @param templateApproved the user approved the email template; launching a campaign approves it
 * @param revision         1 at creation, plus one per change
 * @param updatedAt        when the latest revision was made
 */
public record Campaign(String id, String workspaceId, CampaignSettings settings, CampaignStatus status,
                       boolean templateApproved, long revision, Instant createdAt, Instant launchedAt,
                       Instant updatedAt) {

    public static Campaign create(String id, String workspaceId, CampaignSettings settings, Instant now) {
        return new Campaign(id, workspaceId, settings, CampaignStatus.DRAFT, false, 1, now, null, now);
    }

    /** Starts the campaign; launching is the user's approval of the email template. */
    public Campaign launch(Instant now) {
        requireStatus(CampaignAction.LAUNCH, CampaignStatus.DRAFT);
        return new Campaign(id, workspaceId, settings, CampaignStatus.ACTIVE, true, revision + 1, createdAt, now, now);
    }

    public Campaign pause(Instant now) {
        requireStatus(CampaignAction.PAUSE, CampaignStatus.ACTIVE);
        return withStatus(CampaignStatus.PAUSED, now);
    }

    public Campaign resume(Instant now) {
        requireStatus(CampaignAction.RESUME, CampaignStatus.PAUSED);
        return withStatus(CampaignStatus.ACTIVE, now);
    }

    public Campaign stop(Instant now) {
        requireStatus(CampaignAction.STOP, CampaignStatus.ACTIVE, CampaignStatus.PAUSED);
        return withStatus(CampaignStatus.STOPPED, now);
    }

    /** New BANT settings, for the next prospects the qualifier scores; refused once the campaign is over. */
    public Campaign requalify(QualificationSettings qualification, Instant now) {
        if (qualification == null) {
            throw new IllegalArgumentException("The qualification settings are required");
        }
        requireStatus("given new qualification settings", CampaignStatus.DRAFT, CampaignStatus.ACTIVE, CampaignStatus.PAUSED);
        return new Campaign(id, workspaceId, settings.withQualification(qualification), status, templateApproved,
                revision + 1, createdAt, launchedAt, now);
    }

    public Campaign apply(CampaignAction action, Instant now) {
        return switch (action) {
            case LAUNCH -> launch(now);
            case PAUSE -> pause(now);
            case RESUME -> resume(now);
            case STOP -> stop(now);
        };
    }

    /** Drafts are approved while the campaign runs or is paused (they wait for the resume to be sent). */
    public boolean acceptsApprovals() {
        return status == CampaignStatus.ACTIVE || status == CampaignStatus.PAUSED;
    }

    private Campaign withStatus(CampaignStatus next, Instant now) {
        return new Campaign(id, workspaceId, settings, next, templateApproved, revision + 1, createdAt, launchedAt, now);
    }

    private void requireStatus(CampaignAction action, CampaignStatus... allowed) {
        requireStatus(action.pastParticiple(), allowed);
    }

    private void requireStatus(String pastParticiple, CampaignStatus... allowed) {
        for (CampaignStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw IllegalTransitionException.of(status, "campaign", pastParticiple);
    }
}
