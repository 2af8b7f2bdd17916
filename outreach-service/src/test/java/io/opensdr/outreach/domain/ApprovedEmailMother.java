package io.opensdr.outreach.domain;

import java.time.Instant;

/** Test data: approvals as outreach receives them. */
public final class ApprovedEmailMother {

    private ApprovedEmailMother() {
    }

    public static ApprovedEmail anApprovedEmail(String prospectId, String campaignId, Instant approvedAt) {
        return approved(prospectId, 1, campaignId, approvedAt, null, "claire.martin@acme.example");
    }

    /** An approval to {@code <prospectId>@acme.example}; @param timeZone the prospect's IANA zone, null when unknown */
    public static ApprovedEmail anApprovedEmail(String prospectId, int step, String campaignId, Instant approvedAt,
                                                String timeZone) {
        return approved(prospectId, step, campaignId, approvedAt, timeZone, prospectId + "@acme.example");
    }

    private static ApprovedEmail approved(String prospectId, int step, String campaignId, Instant approvedAt,
                                          String timeZone, String email) {
        return new ApprovedEmail(prospectId, step, prospectId + ":" + step, campaignId, "workspace-1",
                email, "Claire Martin", "Acme Logistics and faster deliveries",
                "Hello Claire,\n\nWould 30 minutes on Wednesday work?\n\nCamille Durand", "user-7", approvedAt,
                timeZone);
    }
}
