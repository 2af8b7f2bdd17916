package io.opensdr.campaign.domain;

import java.util.List;
import java.util.Optional;

/** The review queue's drafts. Approving also records the EmailApproved event in the same single-document write. */
public interface DraftStore {

    /** Stores a new draft once; a draft already stored (a redelivered event) is left as it is. */
    void insertOnce(Draft draft);

    Optional<Draft> find(String workspaceId, String draftId);

    /** The workspace's drafts, newest first; a null filter matches everything. */
    List<Draft> list(String workspaceId, DraftStatus status, String campaignId);

    /** The campaign's newest draft, if any (a real prospect to preview the campaign's template with). */
    default Optional<Draft> latestOf(String workspaceId, String campaignId) {
        return list(workspaceId, null, campaignId).stream().findFirst();
    }

    /**
     * Stores {@code approved} and records its EmailApproved event, only if the draft is still PENDING.
     *
     * @return false when the draft was no longer pending (approved or rejected meanwhile)
     */
    boolean approveIfPending(Draft approved);

    /** Stores {@code rejected} only if the draft is still PENDING; false otherwise. */
    boolean rejectIfPending(Draft rejected);
}
