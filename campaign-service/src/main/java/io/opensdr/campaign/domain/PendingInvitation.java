package io.opensdr.campaign.domain;

/** An invitation not used yet, with who sent it (name may be null; email null when that user is gone). */
public record PendingInvitation(Invitation invitation, String inviterName, String inviterEmail) {
}
