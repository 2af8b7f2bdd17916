package io.opensdr.qualifier.domain;

import java.util.List;
import java.util.Set;

/** Test data: a campaign's qualification rules. */
public final class CampaignRulesMother {

    private CampaignRulesMother() {
    }

    /** Default settings (threshold 60, band 5, hot above 80, equal weights), fintechs of 51-500 in France. */
    public static CampaignRules fintechsInFrance(String campaignId) {
        return new CampaignRules(campaignId, "workspace-1", 1, QualificationSettings.defaults(),
                new TargetProfile(Set.of("Fintech", "Software"),
                        List.of(CompanySizeRange.parse("51-200").orElseThrow(), CompanySizeRange.parse("201-500").orElseThrow()),
                        Set.of("FR")));
    }

    /** The same campaign, now after retailers of 1000+ in Germany. */
    public static CampaignRules retailersInGermany(CampaignRules rules, long revision) {
        return new CampaignRules(rules.campaignId(), rules.workspaceId(), revision, rules.settings(),
                new TargetProfile(Set.of("Retail"), List.of(CompanySizeRange.parse("1000+").orElseThrow()), Set.of("DE")));
    }

    public static CampaignRules withSettings(CampaignRules rules, long revision, QualificationSettings settings) {
        return new CampaignRules(rules.campaignId(), rules.workspaceId(), revision, settings, rules.targetProfile());
    }
}
