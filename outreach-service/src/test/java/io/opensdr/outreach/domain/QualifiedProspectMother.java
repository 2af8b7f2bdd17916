package io.opensdr.outreach.domain;

/** Test data: the qualifier's verdicts as outreach receives them. */
public final class QualifiedProspectMother {

    private QualifiedProspectMother() {
    }

    public static Contact claireMartin() {
        return new Contact("Claire", "Martin", "claire.martin@acme.example", "VP Sales", "Acme Logistics",
                "acme.example", "Logistics", "Europe/Paris");
    }

    public static QualifiedProspect aQualifiedProspect(String prospectId, String campaignId) {
        return new QualifiedProspect(prospectId, campaignId, "workspace-1", claireMartin(), 78,
                QualificationDecision.QUALIFIED, true);
    }

    public static QualifiedProspect withDecision(QualifiedProspect prospect, QualificationDecision decision) {
        return new QualifiedProspect(prospect.prospectId(), prospect.campaignId(), prospect.workspaceId(),
                prospect.contact(), prospect.bantScore(), decision, prospect.contactable());
    }

    public static QualifiedProspect notContactable(QualifiedProspect prospect) {
        Contact contact = prospect.contact();
        return new QualifiedProspect(prospect.prospectId(), prospect.campaignId(), prospect.workspaceId(),
                new Contact(contact.firstName(), contact.lastName(), null, contact.title(), contact.companyName(),
                        contact.companyDomain(), contact.industry(), contact.timeZone()),
                prospect.bantScore(), prospect.decision(), false);
    }
}
