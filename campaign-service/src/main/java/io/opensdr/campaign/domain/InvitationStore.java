package io.opensdr.campaign.domain;

import java.time.Instant;
import java.util.Optional;

public interface InvitationStore {

    void insert(Invitation invitation);

    Optional<Invitation> findByHash(String tokenHash);

    /** Marks the invitation accepted, only if it was not yet; false when it was. */
    boolean markAccepted(String invitationId, Instant at);
}
