package io.opensdr.outreach.messaging;

import io.opensdr.events.ProspectQualified;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.outreach.domain.QualificationDecision;
import io.opensdr.outreach.domain.QualifiedProspect;

public final class ProspectQualifiedMapper {

    private static final String EVENT = "ProspectQualified";

    private ProspectQualifiedMapper() {
    }

    public static QualifiedProspect toQualifiedProspect(ProspectQualified event) {
        String prospectId = Require.text(event.getProspectId(), "prospectId", EVENT);
        Require.text(event.getCampaignId(), "campaignId", EVENT);
        Require.text(event.getWorkspaceId(), "workspaceId", EVENT);
        Require.present(event.getContact(), "contact", EVENT);
        Require.present(event.getDecision(), "decision", EVENT);
        QualifiedProspect prospect = new QualifiedProspect(prospectId, event.getCampaignId(), event.getWorkspaceId(),
                ContactMapper.toDomain(event.getContact()), event.getTotalScore(),
                QualificationDecision.valueOf(event.getDecision().name()), event.getContactable());
        // The qualifier says it can be emailed but gives no address: a broken record, not a skip.
        if (prospect.decision() == QualificationDecision.QUALIFIED && prospect.contactable()
                && !prospect.contact().hasEmail()) {
            throw new InvalidEventException(EVENT + " of prospect " + prospectId + " is contactable but has no email");
        }
        return prospect;
    }
}
