package io.opensdr.campaign.domain;

/** A person who signs in (email and password, stored only as a BCrypt hash) and the one workspace they belong to. */
public record UserAccount(String id, String email, String passwordHash, String workspaceId) {
}
