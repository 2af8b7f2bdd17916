package io.opensdr.qualifier.domain;

import java.util.Optional;

/** The latest qualification rules of every campaign seen. */
public interface CampaignRulesStore {

    Optional<CampaignRules> find(String campaignId);

    /** Stores the rules unless the same or a newer revision is held; returns whether it did. */
    boolean save(CampaignRules rules);
}
