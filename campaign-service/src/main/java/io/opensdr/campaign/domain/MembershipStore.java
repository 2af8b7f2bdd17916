package io.opensdr.campaign.domain;

import java.time.Instant;

/** Changes to memberships: a role changed, a member removed. */
public interface MembershipStore {

    /** Stores the user's role in the workspace, creating the membership if only their home workspace implied it. */
    void saveRole(String workspaceId, String userId, Role role, Instant joinedAt);

    /** Removes the user from the workspace: the stored membership, and the workspace as their home if it was. */
    void remove(String workspaceId, String userId);
}
