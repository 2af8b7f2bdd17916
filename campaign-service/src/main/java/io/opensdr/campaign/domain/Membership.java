package io.opensdr.campaign.domain;

import java.time.Instant;

/** A user's place in a workspace; one per (workspace, user). */
public record Membership(String workspaceId, String userId, Role role, Instant joinedAt) {
}
