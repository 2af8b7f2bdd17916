package io.opensdr.outreach.domain;

import java.time.Instant;
import java.util.List;

/** Test data: the qualifier's verdicts as outreach receives them. */
public final class QualifiedProspectMother {

    /** When the prospector saw Acme Logistics' funding round. */
    public static final Instant FUNDING_SEEN = Instant.parse("2026-11-12T09:00:00Z");

    private QualifiedProspectMother() {
    }

    public static Contact claireMartin() {
        return new Contact("Claire", "Martin", "claire.martin@acme.example", "VP Sales", "Acme Logistics",
                "acme.example", "Logistics", "Europe/Paris");
    }

    public static BuyingSignal seriesB() {
        return new BuyingSignal(BuyingSignal.SignalType.FUNDING, FUNDING_SEEN, "Raised a Series B of 30 M EUR");
    }

    /** Claire Martin, VP Sales at Acme Logistics, whose company just raised a Series B. */
    public static QualifiedProspect aQualifiedProspect(String prospectId, String campaignId) {
        return new QualifiedProspect(prospectId, campaignId, "workspace-1", claireMartin(), 78,
                QualificationDecision.QUALIFIED, true, List.of(seriesB()));
    }

    public static QualifiedProspect withSignals(QualifiedProspect prospect, List<BuyingSignal> signals) {
        return new QualifiedProspect(prospect.prospectId(), prospect.campaignId(), prospect.workspaceId(),
                prospect.contact(), prospect.bantScore(), prospect.decision(), prospect.contactable(), signals);
    }

    public static QualifiedProspect withDecision(QualifiedProspect prospect, QualificationDecision decision) {
        return new QualifiedProspect(prospect.prospectId(), prospect.campaignId(), prospect.workspaceId(),
                prospect.contact(), prospect.bantScore(), decision, prospect.contactable(), prospect.signals());
    }

    public static QualifiedProspect notContactable(QualifiedProspect prospect) {
        Contact contact = prospect.contact();
        return new QualifiedProspect(prospect.prospectId(), prospect.campaignId(), prospect.workspaceId(),
                new Contact(contact.firstName(), contact.lastName(), null, contact.title(), contact.companyName(),
                        contact.companyDomain(), contact.industry(), contact.timeZone()),
                prospect.bantScore(), prospect.decision(), false, prospect.signals());
    }
}
