package io.opensdr.campaign.domain;

import io.opensdr.kit.errors.ConflictException;
import io.opensdr.kit.errors.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Creating campaigns and moving them through their lifecycle, always inside the caller's workspace. */
@Service
public class Campaigns {

    private final CampaignStore store;
    private final Clock clock;

    public Campaigns(CampaignStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Campaign create(Caller caller, CampaignSettings settings) {
        Campaign campaign = Campaign.create(UUID.randomUUID().toString(), caller.workspaceId(), settings, clock.instant());
        store.insert(campaign);
        return campaign;
    }

    public List<Campaign> list(Caller caller) {
        return store.list(caller.workspaceId());
    }

    public Campaign get(Caller caller, String campaignId) {
        return store.find(caller.workspaceId(), campaignId)
                .orElseThrow(() -> new NotFoundException("Campaign", campaignId));
    }

    public Campaign change(Caller caller, String campaignId, CampaignAction action) {
        Campaign current = get(caller, campaignId);
        return save(current, current.apply(action, clock.instant()));
    }

    public Campaign requalify(Caller caller, String campaignId, QualificationSettings qualification) {
        Campaign current = get(caller, campaignId);
        return save(current, current.requalify(qualification, clock.instant()));
    }

    private Campaign save(Campaign current, Campaign next) {
        if (!store.replace(current, next)) {
            // Someone else changed it between our read and our write: let the user decide again.
            throw new ConflictException("The campaign was changed meanwhile; reload it and try again");
        }
        return next;
    }
}
