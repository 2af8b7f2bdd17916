package io.opensdr.campaign.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface InvitationStore {

    void insert(Invitation invitation);

    Optional<Invitation> findByHash(String tokenHash);

    /** Marks the invitation accepted, only if it was neither accepted nor revoked yet; false when it was. */
    boolean markAccepted(String invitationId, Instant at);

    /** The workspace's invitations neither accepted, nor revoked, nor expired at {@code now}, oldest first. */
    List<Invitation> pending(String workspaceId, Instant now);

    /** Revokes the workspace's invitation, only if it is neither accepted nor revoked yet; false otherwise (or another workspace's). */
    boolean revoke(String workspaceId, String invitationId, Instant at);

    void markEmailed(String invitationId, Instant at);
}
