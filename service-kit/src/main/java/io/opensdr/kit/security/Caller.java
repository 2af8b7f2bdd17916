package io.opensdr.kit.security;

/**
 * Who a request runs for, from its verified access token. Every query a controller makes is scoped
 * to {@link #workspaceId()}; declare a {@code Caller} parameter on a controller method to get it.
 *
 * @param userId      the token's subject
 * @param workspaceId the workspace the token was issued for
 * @param role        OWNER or MEMBER (MEMBER when the token says nothing)
 * @param email       the user's email, when the token carries it
 */
public record Caller(String userId, String workspaceId, String role, String email) {

    public static final String OWNER = "OWNER";
    public static final String MEMBER = "MEMBER";

    public boolean isOwner() {
        return OWNER.equals(role);
    }

    /**
     * Refuses a caller who is not an owner of the token's workspace: a 403 problem naming the action
     * ("Only an owner of the workspace may {action}."). Call it first in an owner-only handler.
     */
    public void requireOwner(String action) {
        if (!isOwner()) {
            throw new OwnerRequiredException(action);
        }
    }
}
