package io.opensdr.outreach.domain;

/**
 * A delivery status notification (RFC 3464) that came back to the sender's mailbox: the email
 * named by {@code originalMessageId} could not be delivered to {@code recipient}.
 *
 * @param status     the enhanced status code (5.1.1 permanent, 4.x.x transient)
 * @param diagnostic the receiving server's words; may be null
 */
public record DeliveryFailure(String originalMessageId, String recipient, String action, String status,
                              String diagnostic) {

    /** A permanent failure: the address does not exist, the domain does not accept mail... */
    public boolean isPermanent() {
        return "failed".equalsIgnoreCase(action) && status != null && status.startsWith("5");
    }

    /** "delayed", "delivered", "relayed", "expanded" are news, not failures. */
    public boolean isFailure() {
        return "failed".equalsIgnoreCase(action);
    }
}
