package io.opensdr.campaign.domain;

import java.time.Instant;

/**
 * Emails an invitation to the invitee: the workspace, who invites, the role, the link (built from
 * the token) and its expiry. It never throws for a mail failure: it answers why it did not send.
 */
public interface InvitationMailer {

    Delivery send(InvitationEmail email);

    /** What the email says; {@link #toString()} leaves the token out (it is the invitation's secret). */
    record InvitationEmail(String invitationId, String to, String workspaceName, String inviterName,
                           String inviterEmail, Role role, String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "InvitationEmail[" + invitationId + "]";
        }
    }

    /** Whether the email went out; when it did not, why, in a few words the owner can read. */
    record Delivery(boolean sent, String reason) {

        public static Delivery delivered() {
            return new Delivery(true, null);
        }

        public static Delivery notSent(String reason) {
            return new Delivery(false, reason);
        }
    }

    /** The mailer of a server where invitation email is not configured. */
    static InvitationMailer notConfigured() {
        return email -> Delivery.notSent("Invitation email is not configured on this server.");
    }
}
