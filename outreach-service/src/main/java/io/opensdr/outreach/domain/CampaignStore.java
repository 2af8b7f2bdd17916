package io.opensdr.outreach.domain;

import java.util.List;
import java.util.Optional;

/** The newest snapshot of each campaign outreach has seen. */
public interface CampaignStore {

    /** Stores the campaign unless a snapshot with the same or a higher revision is already stored. */
    boolean saveIfNewer(Campaign campaign);

    Optional<Campaign> find(String campaignId);

    List<Campaign> sending();
}
