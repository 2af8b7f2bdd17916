package io.opensdr.campaign.domain;

import java.time.Instant;

/**
 * What the holder of an invitation's link may know before accepting it: the workspace, who
 * invited, the role, the invited address, until when, and whether that address has an account
 * already (then only its password is asked, else a name and a new password).
 */
public record InvitationPreview(String workspaceName, String inviterName, String inviterEmail, String email, Role role,
                                Instant expiresAt, boolean accountExists) {
}
