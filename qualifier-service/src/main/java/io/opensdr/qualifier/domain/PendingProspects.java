package io.opensdr.qualifier.domain;

import java.util.List;

/** Prospects that arrived before their campaign's snapshot, waiting for it. */
public interface PendingProspects {

    /** Parks the prospect; parking one that is already parked changes nothing. */
    void park(Prospect prospect);

    List<Prospect> ofCampaign(String campaignId);

    void remove(String prospectId);
}
