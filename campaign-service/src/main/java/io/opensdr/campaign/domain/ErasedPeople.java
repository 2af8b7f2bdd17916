package io.opensdr.campaign.domain;

import java.util.List;

/**
 * Erases people who asked for it (GDPR Art. 17, announced by outreach's PersonSuppressed) from
 * the review queue: their drafts keep their ids, status and dates, so that the queue's history
 * and every count stay as they were, and lose the recipient, subject and body; a draft still
 * waiting for review is rejected, since it can no longer be sent. The per-prospect progress
 * records hold no personal data and are kept, so the metrics do not change.
 */
public interface ErasedPeople {

    /**
     * Idempotent.
     *
     * @param addressHash the person's address hash (see the PersonSuppressed event)
     * @param prospectIds the prospects outreach knew with the address
     * @return how many drafts were erased
     */
    long erase(String workspaceId, String addressHash, List<String> prospectIds);
}
