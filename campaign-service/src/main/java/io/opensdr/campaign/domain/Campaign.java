package io.opensdr.campaign.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A campaign and its lifecycle: DRAFT → ACTIVE (launch) ⇄ PAUSED (pause, resume); ACTIVE or PAUSED →
 * STOPPED (stop: abandoned) or COMPLETED (complete: the user declares it has run its course). Both
 * are final: nothing is prospected, drafted, approved or sent for them any more. A DRAFT is set up
 * step by step (name and sector, target profile, email template, meeting availability) and
 * launches only once every step is done and the template is approved ({@link CampaignSettings#missingForLaunch}).
 * The setup steps change only while the campaign is a DRAFT; the BANT settings, the daily quota,
 * the sending window and the sender may change until the campaign is over. Every change yields a
 * new value with the next revision, which downstream services use to ignore stale snapshots.
 *
 * @param templateApproved the user approved the email template as it is now; changing it withdraws the approval
 * @param revision         1 at creation, plus one per change
 * @param updatedAt        when the latest revision was made
 */
public record Campaign(String id, String workspaceId, CampaignSettings settings, CampaignStatus status,
                       boolean templateApproved, long revision, Instant createdAt, Instant launchedAt,
                       Instant updatedAt) {

    public static Campaign create(String id, String workspaceId, CampaignSettings settings, Instant now) {
        return new Campaign(id, workspaceId, settings, CampaignStatus.DRAFT, false, 1, now, null, now);
    }

    /** Starts the campaign; refused with every missing step while the setup is incomplete or the template unapproved. */
    public Campaign launch(Instant now) {
        requireStatus(CampaignAction.LAUNCH, CampaignStatus.DRAFT);
        List<SetupGap> missing = settings.missingForLaunch(templateApproved);
        if (!missing.isEmpty()) {
            throw new IncompleteCampaignException(missing);
        }
        return new Campaign(id, workspaceId, settings, CampaignStatus.ACTIVE, true, revision + 1, createdAt, now, now);
    }

    /** The user approves the email template as it is (step 3); approving it again changes nothing. */
    public Campaign approveTemplate(Instant now) {
        requireSetUpStage();
        if (settings.emailTemplate() == null) {
            throw new IncompleteCampaignException(List.of(new SetupGap(3, "emailTemplate", "Write the email template")));
        }
        if (templateApproved) {
            return this;
        }
        return new Campaign(id, workspaceId, settings, status, true, revision + 1, createdAt, launchedAt, now);
    }

    /**
     * A setup step saved (1-4): only while the campaign is a DRAFT. A template that changes loses
     * its approval; the same template keeps it.
     */
    public Campaign setUp(CampaignSettings next, Instant now) {
        requireSetUpStage();
        boolean stillApproved = templateApproved && Objects.equals(next.emailTemplate(), settings.emailTemplate());
        return new Campaign(id, workspaceId, next, status, stillApproved, revision + 1, createdAt, launchedAt, now);
    }

    /**
     * Settings that may change until the campaign is over (daily quota, sending window, sender); the
     * prospect source changes only before launch.
     */
    public Campaign tune(CampaignSettings next, Instant now) {
        requireStatus("changed", CampaignStatus.DRAFT, CampaignStatus.ACTIVE, CampaignStatus.PAUSED);
        if (status != CampaignStatus.DRAFT && next.source() != settings.source()) {
            throw new IllegalTransitionException("The prospect source of a launched campaign cannot change (it is "
                    + settings.source() + "); create another campaign for " + next.source());
        }
        return new Campaign(id, workspaceId, next, status, templateApproved, revision + 1, createdAt, launchedAt, now);
    }

    /** Every step saved: the campaign is published to the other services (an unfinished draft concerns only its workspace). */
    public boolean publishable() {
        return settings.complete();
    }

    public Campaign complete(Instant now) {
        requireStatus(CampaignAction.COMPLETE, CampaignStatus.ACTIVE, CampaignStatus.PAUSED);
        return withStatus(CampaignStatus.COMPLETED, now);
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
            case COMPLETE -> complete(now);
        };
    }

    /** Drafts are approved while the campaign runs or is paused (they wait for the resume to be sent). */
    public boolean acceptsApprovals() {
        return status == CampaignStatus.ACTIVE || status == CampaignStatus.PAUSED;
    }

    private Campaign withStatus(CampaignStatus next, Instant now) {
        return new Campaign(id, workspaceId, settings, next, templateApproved, revision + 1, createdAt, launchedAt, now);
    }

    private void requireSetUpStage() {
        if (status != CampaignStatus.DRAFT) {
            throw new IllegalTransitionException("The setup of " + ("AEIOU".indexOf(status.name().charAt(0)) >= 0 ? "an " : "a ")
                    + status + " campaign cannot change: its name, sector, target profile, email template and meeting "
                    + "availability change only while it is a DRAFT");
        }
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
