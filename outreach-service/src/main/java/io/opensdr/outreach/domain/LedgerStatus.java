package io.opensdr.outreach.domain;

/**
 * APPROVED → SENDING → SENT | FAILED. SENDING is entered before the transport gets the message,
 * so an entry found in SENDING after a crash may or may not have left: it is never re-sent blindly.
 */
public enum LedgerStatus {
    APPROVED, SENDING, SENT, FAILED
}
