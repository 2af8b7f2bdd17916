package io.opensdr.campaign.domain;

import java.time.Instant;

/**
 * An owner's invitation of an address into a workspace; single use, expiring, revocable, only its
 * token's hash stored. {@code emailedAt} is when it was emailed to the invitee (null: the owner got
 * the link to hand over themselves).
 */
public record Invitation(String id, String workspaceId, String email, Role role, String tokenHash, String invitedBy,
                         Instant createdAt, Instant expiresAt, Instant acceptedAt, Instant revokedAt,
                         Instant emailedAt) {

    /** Neither used, nor revoked, nor expired at {@code now}. */
    public boolean usableAt(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }
}
