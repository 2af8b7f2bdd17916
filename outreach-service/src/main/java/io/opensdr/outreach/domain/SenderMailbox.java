package io.opensdr.outreach.domain;

/**
 * The mailbox a campaign sends from, and how many emails may leave it per day.
 *
 * @param dailyCap emails per day from this mailbox; 0 lets nothing leave
 */
public record SenderMailbox(String email, String name, int dailyCap) {
}
