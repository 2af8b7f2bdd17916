package io.opensdr.campaign.domain;

/**
 * What a bulk action did to one campaign: DONE (with the campaign after it), REFUSED (an illegal
 * transition or a concurrent change, with why) or NOT_FOUND (no such campaign in the workspace).
 */
public record BulkOutcome(String campaignId, Result result, Campaign campaign, String detail) {

    public enum Result { DONE, REFUSED, NOT_FOUND }

    static BulkOutcome done(Campaign campaign) {
        return new BulkOutcome(campaign.id(), Result.DONE, campaign, null);
    }

    static BulkOutcome refused(String campaignId, String detail) {
        return new BulkOutcome(campaignId, Result.REFUSED, null, detail);
    }

    static BulkOutcome notFound(String campaignId, String detail) {
        return new BulkOutcome(campaignId, Result.NOT_FOUND, null, detail);
    }
}
