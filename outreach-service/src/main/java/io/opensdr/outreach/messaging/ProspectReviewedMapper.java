package io.opensdr.outreach.messaging;

import io.opensdr.events.ProspectReviewed;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.outreach.domain.QualificationDecision;
import io.opensdr.outreach.domain.QualifiedProspect;

/**
 * A human's decision on a prospect of the qualifier's review band becomes the same
 * {@link QualifiedProspect} a qualifier decision would: QUALIFIED is drafted exactly like a
 * qualified prospect, REJECTED is never emailed.
 */
public final class ProspectReviewedMapper {

    private static final String EVENT = "ProspectReviewed";

    private ProspectReviewedMapper() {
    }

    public static QualifiedProspect toQualifiedProspect(ProspectReviewed event) {
        String prospectId = Require.text(event.getProspectId(), "prospectId", EVENT);
        Require.text(event.getCampaignId(), "campaignId", EVENT);
        Require.text(event.getWorkspaceId(), "workspaceId", EVENT);
        Require.present(event.getContact(), "contact", EVENT);
        Require.present(event.getDecision(), "decision", EVENT);
        if (event.getTotalScore() < 0 || event.getTotalScore() > 100) {
            throw new InvalidEventException(EVENT + " of prospect " + prospectId + " has a score of "
                    + event.getTotalScore() + ", outside 0-100");
        }
        QualifiedProspect prospect = new QualifiedProspect(prospectId, event.getCampaignId(), event.getWorkspaceId(),
                ContactMapper.toDomain(event.getContact()), event.getTotalScore(),
                QualificationDecision.valueOf(event.getDecision().name()), event.getContactable(),
                ProspectQualifiedMapper.signals(event.getSignals(), EVENT, prospectId));
        if (prospect.decision() == QualificationDecision.QUALIFIED && prospect.contactable()
                && !prospect.contact().hasEmail()) {
            throw new InvalidEventException(EVENT + " of prospect " + prospectId + " is contactable but has no email");
        }
        return prospect;
    }
}
