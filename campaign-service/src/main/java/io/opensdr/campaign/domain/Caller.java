package io.opensdr.campaign.domain;

/** The signed-in user on whose behalf a request runs; everything they see is scoped to their workspace. */
public record Caller(String userId, String email, String workspaceId) {
}
