package io.opensdr.prospector.domain;

import java.util.Collection;
import java.util.Set;

/**
 * The people each workspace may never import again, kept as address hashes where prospects are
 * stored, so that {@link ProspectStore#recordIfNew} refuses them like a person already found.
 */
public interface SuppressedPeople {

    /**
     * Keeps the hash; for an erasure, first deletes every prospect of the workspace with the
     * address (those named and any other) and the personal data of its imported rows. Idempotent.
     *
     * @return how many prospects were deleted
     */
    long apply(Suppression suppression);

    /** Of these addresses, those suppressed in the workspace (as given). */
    Set<String> suppressedAmong(String workspaceId, Collection<String> emails);
}
