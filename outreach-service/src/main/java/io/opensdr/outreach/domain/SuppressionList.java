package io.opensdr.outreach.domain;

/**
 * The workspace-wide list of addresses that must never be emailed again. Checked when a draft is
 * approved and again right before sending. Addresses are normalised (trimmed, lower case) by the
 * implementation; an erased address is kept only as a hash.
 */
public interface SuppressionList {

    boolean isSuppressed(String workspaceId, String email);

    /** Idempotent: suppressing an address twice keeps the first reason. */
    void suppress(String workspaceId, String email, SuppressionReason reason, String detail);
}
