package io.opensdr.campaign.domain;

/** What a member may do in a workspace: an owner also invites people; a member works on its campaigns. */
public enum Role {
    OWNER,
    MEMBER
}
