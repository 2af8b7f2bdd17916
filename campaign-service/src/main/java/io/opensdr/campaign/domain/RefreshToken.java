package io.opensdr.campaign.domain;

import java.time.Instant;

/**
 * One refresh token of a family (the chain begun by one login). Only its hash is stored. It is
 * used once: refreshing marks it used and issues its successor in the same family; a used token
 * presented again means it was stolen, and the whole family is revoked.
 */
public record RefreshToken(String id, String familyId, String userId, String workspaceId, String tokenHash,
                           Instant issuedAt, Instant expiresAt, Instant usedAt, Instant revokedAt) {
}
