package io.opensdr.campaign.domain;

/** A drafted email waits for a human (PENDING), who approves it (possibly edited) or rejects it. */
public enum DraftStatus {
    PENDING,
    APPROVED,
    REJECTED
}
