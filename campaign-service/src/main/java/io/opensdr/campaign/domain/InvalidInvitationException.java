package io.opensdr.campaign.domain;

/** The invitation token is unknown, expired, revoked or already used (they are not told apart). */
public class InvalidInvitationException extends RuntimeException {

    public InvalidInvitationException() {
        super("The invitation is not valid: it is unknown, expired, revoked or already used.");
    }
}
