package io.opensdr.outreach.domain;

/**
 * A first email drafted for a qualified prospect, waiting for a human to approve, edit or reject
 * it. There is one per (prospect, step): its id is derived from them, so drafting twice for the
 * same prospect finds the first draft instead of making a second.
 *
 * @param fallbackReason why the language model's draft was not used, when the template wrote this
 *                       one in its place; null otherwise
 */
public record Draft(String draftId, String prospectId, int step, String campaignId, String workspaceId,
                    Contact recipient, String subject, String body, int bantScore, DraftGenerator generatedBy,
                    String fallbackReason) {

    /** The first email of the sequence; later steps come with sequences. */
    public static final int FIRST_STEP = 1;

    public static String idFor(String prospectId, int step) {
        return prospectId + ":" + step;
    }

    public static Draft firstEmail(QualifiedProspect prospect, DraftContent content) {
        return new Draft(idFor(prospect.prospectId(), FIRST_STEP), prospect.prospectId(), FIRST_STEP,
                prospect.campaignId(), prospect.workspaceId(), prospect.contact(),
                content.subject(), content.body(), prospect.bantScore(), content.generatedBy(),
                content.fallbackReason());
    }
}
