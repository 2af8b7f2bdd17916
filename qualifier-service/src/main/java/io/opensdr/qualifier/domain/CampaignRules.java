package io.opensdr.qualifier.domain;

/**
 * What the qualifier keeps of a campaign's latest snapshot.
 *
 * @param revision increases with every change; an older snapshot than the one held is ignored
 */
public record CampaignRules(String campaignId, String workspaceId, long revision, QualificationSettings settings,
                            TargetProfile targetProfile) {
}
