package io.opensdr.qualifier.domain;

import java.util.List;

/**
 * Erases people who asked for it (GDPR Art. 17, announced by outreach's PersonSuppressed): their
 * assessments and the prospects waiting for a campaign go, whether named by id or found by the
 * hash of their address.
 */
public interface ErasedProspects {

    /**
     * Idempotent.
     *
     * @param addressHash the person's address hash (see the PersonSuppressed event)
     * @param prospectIds the prospects outreach knew with the address
     * @return how many documents were deleted
     */
    long erase(String workspaceId, String addressHash, List<String> prospectIds);
}
