package io.opensdr.campaign.domain;

import java.time.Instant;

/** An owner's invitation of an address into a workspace; single use, expiring, only its token's hash stored. */
public record Invitation(String id, String workspaceId, String email, Role role, String tokenHash, String invitedBy,
                         Instant createdAt, Instant expiresAt, Instant acceptedAt) {
}
