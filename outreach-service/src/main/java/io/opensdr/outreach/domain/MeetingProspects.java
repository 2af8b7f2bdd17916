package io.opensdr.outreach.domain;

import java.util.List;
import java.util.Optional;

/** The prospects outreach wrote to, looked up to find whom a booking belongs to. */
public interface MeetingProspects {

    /**
     * @param campaignId null to accept the prospect in any campaign
     * @return the prospect when outreach wrote to them (in that campaign)
     */
    Optional<ProspectMatch> byId(String prospectId, String campaignId);

    /**
     * Prospects outreach wrote to at this address (case ignored), the most recently written first.
     *
     * @param workspaceId null to look in every workspace
     */
    List<ProspectMatch> byEmail(String email, String workspaceId);
}
