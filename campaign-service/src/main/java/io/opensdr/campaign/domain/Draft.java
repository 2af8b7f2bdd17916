package io.opensdr.campaign.domain;

import java.time.Instant;

/**
 * A drafted email in the review queue. Approving fixes the text that will be sent (the draft's
 * own, or the reviewer's edit) and who approved it; rejecting records why.
 *
 * @param step        position in the prospect's sequence, 1 for the first email
 * @param edited      the approved text differs from the drafted one
 * @param decidedBy   id of the user who approved or rejected it
 */
public record Draft(String id, String workspaceId, String campaignId, String prospectId, int step,
                    Recipient recipient, String subject, String body, int bantScore, DraftStatus status,
                    Instant createdAt, boolean edited, String decidedBy, Instant decidedAt, String rejectionReason) {

    /** The line that opens the compliance footer outreach puts under every draft (a signature delimiter). */
    public static final String FOOTER_DELIMITER = "-- ";

    /** A new draft, as outreach proposed it. */
    public static Draft proposed(String id, String workspaceId, String campaignId, String prospectId, int step,
                                 Recipient recipient, String subject, String body, int bantScore, Instant createdAt) {
        return new Draft(id, workspaceId, campaignId, prospectId, step, recipient, subject, body, bantScore,
                DraftStatus.PENDING, createdAt, false, null, null, null);
    }

    /**
     * The approved draft. Without an edit the drafted text is sent; an edit identical to the
     * drafted text is not counted as an edit.
     */
    public Draft approve(DraftEdit edit, String userId, Instant now) {
        requirePending("approved");
        if (edit != null) {
            requireFooterKept(edit.body());
        }
        String finalSubject = edit == null ? subject : edit.subject();
        String finalBody = edit == null ? body : edit.body();
        boolean changed = !finalSubject.equals(subject) || !finalBody.equals(body);
        return new Draft(id, workspaceId, campaignId, prospectId, step, recipient, finalSubject, finalBody, bantScore,
                DraftStatus.APPROVED, createdAt, changed, userId, now, null);
    }

    public Draft reject(String reason, String userId, Instant now) {
        requirePending("rejected");
        return new Draft(id, workspaceId, campaignId, prospectId, step, recipient, subject, body, bantScore,
                DraftStatus.REJECTED, createdAt, false, userId, now, reason);
    }

    public ProspectRef prospect() {
        return new ProspectRef(workspaceId, campaignId, prospectId);
    }

    /**
     * Outreach ends every draft with a compliance footer (from a {@value #FOOTER_DELIMITER} line on):
     * the data source, the right to object and the unsubscribe link. A reviewer may rewrite the
     * email but not that: the edited text must end with the drafted footer, unchanged.
     */
    private void requireFooterKept(String editedBody) {
        int start = body.lastIndexOf("\n" + FOOTER_DELIMITER + "\n");
        if (start < 0) {
            return;
        }
        String footer = body.substring(start).stripTrailing();
        if (!editedBody.stripTrailing().endsWith(footer)) {
            throw new IllegalArgumentException("The edited email must end with the drafted footer, unchanged (from the \""
                    + FOOTER_DELIMITER.strip() + "\" line on): it names where the prospect's data came from and carries "
                    + "their unsubscribe link");
        }
    }

    private void requirePending(String pastParticiple) {
        if (status != DraftStatus.PENDING) {
            throw IllegalTransitionException.of(status, "draft", pastParticiple);
        }
    }
}
