package io.opensdr.campaign.domain;

/**
 * A person who signs in (email and password, stored only as a BCrypt hash). {@code workspaceId} is
 * their home workspace: the one HTTP Basic and a fresh login act in; the workspaces they belong to
 * are their {@link Membership memberships}. {@code name} is null for users from before sign-up.
 */
public record UserAccount(String id, String email, String passwordHash, String workspaceId, String name) {

    public UserAccount(String id, String email, String passwordHash, String workspaceId) {
        this(id, email, passwordHash, workspaceId, null);
    }
}
