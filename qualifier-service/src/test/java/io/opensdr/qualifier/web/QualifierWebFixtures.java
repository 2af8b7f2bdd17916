package io.opensdr.qualifier.web;

import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;

import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.CampaignRulesStore;
import java.util.Map;
import java.util.UUID;

/** A workspace's campaign, for the endpoint-by-endpoint web tests. */
final class QualifierWebFixtures {

    private QualifierWebFixtures() {
    }

    /** {campaignId} of a new campaign of the workspace (fintechs in France). */
    static Map<String, String> campaignOf(CampaignRulesStore campaigns, String workspaceId) {
        String campaignId = "campaign-" + UUID.randomUUID();
        CampaignRules rules = fintechsInFrance(campaignId);
        campaigns.save(new CampaignRules(campaignId, workspaceId, rules.revision(), rules.settings(), rules.targetProfile()));
        return Map.of("campaignId", campaignId);
    }
}
