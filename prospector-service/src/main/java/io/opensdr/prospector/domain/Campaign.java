package io.opensdr.prospector.domain;

/**
 * What the prospector needs to know of a campaign, from its latest snapshot.
 *
 * @param revision increases with every change; an older snapshot than the one held is ignored
 */
public record Campaign(String campaignId, String workspaceId, long revision, CampaignStatus status,
                       SourceKind source, TargetProfile targetProfile, int dailyQuota) {

    public boolean isActive() {
        return status == CampaignStatus.ACTIVE;
    }
}
