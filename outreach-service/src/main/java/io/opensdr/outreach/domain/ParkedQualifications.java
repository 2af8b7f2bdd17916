package io.opensdr.outreach.domain;

import java.util.List;

/**
 * Qualified prospects that cannot be drafted yet: their campaign's snapshot has not arrived, or
 * its template cannot be filled for them. They are tried again when the campaign's next snapshot
 * arrives. One per prospect: a newer qualification replaces the parked one.
 */
public interface ParkedQualifications {

    void park(QualifiedProspect prospect, String reason);

    List<QualifiedProspect> forCampaign(String campaignId);

    void remove(String prospectId);
}
