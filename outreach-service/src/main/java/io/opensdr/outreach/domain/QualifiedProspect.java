package io.opensdr.outreach.domain;

import java.util.List;

/**
 * The qualifier's verdict on a prospect, with what a draft needs to address and personalise it.
 *
 * @param signals the prospect's buying signals, as found; empty when none are known (and for
 *                qualifications published before ProspectQualified carried them)
 */
public record QualifiedProspect(String prospectId, String campaignId, String workspaceId, Contact contact,
                                int bantScore, QualificationDecision decision, boolean contactable,
                                List<BuyingSignal> signals) {

    public QualifiedProspect {
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    /** A prospect without known signals. */
    public QualifiedProspect(String prospectId, String campaignId, String workspaceId, Contact contact,
                             int bantScore, QualificationDecision decision, boolean contactable) {
        this(prospectId, campaignId, workspaceId, contact, bantScore, decision, contactable, List.of());
    }

    /**
     * Only a qualified prospect with a usable email gets a draft. The review band is handled by a
     * later issue; rejected and non-contactable prospects are never emailed.
     */
    public boolean deservesDraft() {
        return decision == QualificationDecision.QUALIFIED && contactable && contact.hasEmail();
    }
}
