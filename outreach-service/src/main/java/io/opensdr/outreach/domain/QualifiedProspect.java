package io.opensdr.outreach.domain;

/** The qualifier's verdict on a prospect, with what a draft needs to address and personalise it. */
public record QualifiedProspect(String prospectId, String campaignId, String workspaceId, Contact contact,
                                int bantScore, QualificationDecision decision, boolean contactable) {

    /**
     * Only a qualified prospect with a usable email gets a draft. The review band is handled by a
     * later issue; rejected and non-contactable prospects are never emailed.
     */
    public boolean deservesDraft() {
        return decision == QualificationDecision.QUALIFIED && contactable && contact.hasEmail();
    }
}
