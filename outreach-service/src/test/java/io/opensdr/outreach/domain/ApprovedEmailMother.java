package io.opensdr.outreach.domain;

import java.time.Instant;

/** Test data: approvals as outreach receives them. */
public final class ApprovedEmailMother {

    private ApprovedEmailMother() {
    }

    public static ApprovedEmail anApprovedEmail(String prospectId, String campaignId, Instant approvedAt) {
        return new ApprovedEmail(prospectId, 1, prospectId + ":1", campaignId, "workspace-1",
                "claire.martin@acme.example", "Claire Martin", "Acme Logistics and faster deliveries",
                "Hello Claire,\n\nWould 30 minutes on Wednesday work?\n\nCamille Durand", "user-7", approvedAt);
    }
}
