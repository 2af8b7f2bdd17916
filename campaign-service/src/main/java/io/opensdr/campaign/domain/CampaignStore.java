package io.opensdr.campaign.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where campaigns live. Every write also records the campaign's snapshot event in the same
 * single-document write, so a change is never stored without being published, or the reverse.
 */
public interface CampaignStore {

    void insert(Campaign campaign);

    /**
     * Replaces {@code previous} by {@code next} if nobody changed it meanwhile (same revision).
     *
     * @return false when the stored campaign is no longer at {@code previous}'s revision
     */
    boolean replace(Campaign previous, Campaign next);

    Optional<Campaign> find(String workspaceId, String campaignId);

    /** The workspace's campaigns, newest first. */
    List<Campaign> list(String workspaceId);
}
