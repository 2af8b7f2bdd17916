package io.opensdr.outreach.domain;

import java.time.Instant;

/**
 * Something the prospect or their company did that made them worth writing to now (a funding
 * round, hiring, a new role...), as the prospector found it and the qualifier passed it on.
 */
public record BuyingSignal(SignalType type, Instant observedAt, String detail) {

    public enum SignalType {
        FUNDING, HIRING, JOB_CHANGE, POST, WEBSITE_UPDATE, OTHER
    }
}
