package io.opensdr.outreach.domain;

import java.time.Instant;

/** Engagements of one sent email (prospect p-1, step 1), as the trackers record them. */
public final class EngagementMother {

    public static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

    private EngagementMother() {
    }

    public static Engagement anEngagement(String prospectId, EngagementKind kind, String providerEventId) {
        return new Engagement("workspace-1", "c-1", prospectId, LedgerEntry.idFor(prospectId, 1), kind, false, null,
                providerEventId, AT);
    }

    public static Engagement aMachineOpen(String prospectId) {
        return new Engagement("workspace-1", "c-1", prospectId, LedgerEntry.idFor(prospectId, 1), EngagementKind.OPENED,
                true, "GoogleImageProxy", null, AT);
    }
}
