package io.opensdr.outreach.domain;

/**
 * APPROVED → SENDING → SENT | FAILED, or APPROVED → CANCELED. SENDING is entered before the
 * transport gets the message, so an entry found in SENDING after a crash may or may not have
 * left: it is never re-sent blindly, only after the mailbox (SMTP) or the provider (SendGrid)
 * settled whether it left. CANCELED entries never leave: the address was suppressed or the
 * prospect replied before the email's turn came.
 */
public enum LedgerStatus {
    APPROVED, SENDING, SENT, FAILED, CANCELED
}
