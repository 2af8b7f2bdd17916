package io.opensdr.prospector.domain;

import java.util.List;
import java.util.Set;

/** Test data: campaigns as the prospector holds them. */
public final class CampaignMother {

    private CampaignMother() {
    }

    public static Campaign anActiveDemoCampaign(String campaignId, int dailyQuota) {
        return new Campaign(campaignId, "workspace-1", 1, CampaignStatus.ACTIVE, SourceKind.DEMO,
                TargetProfile.anyone(), dailyQuota);
    }

    public static Campaign withStatus(Campaign campaign, CampaignStatus status) {
        return new Campaign(campaign.campaignId(), campaign.workspaceId(), campaign.revision() + 1, status,
                campaign.source(), campaign.targetProfile(), campaign.dailyQuota());
    }

    public static TargetProfile fintechVpsInFrance() {
        return new TargetProfile(List.of("VP Sales"), Set.of(Seniority.VP, Seniority.C_LEVEL),
                List.of(CompanySizeRange.parse("201-500").orElseThrow()), Set.of("Fintech"), Set.of("FR"));
    }
}
