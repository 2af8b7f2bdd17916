package io.opensdr.campaign.web;

import io.opensdr.campaign.domain.BulkOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer to a bulk action: one result per campaign id, in the order given, and how many were done. */
public record BulkView(int done, int refused, int notFound, List<Item> results) {

    @Schema(name = "BulkItem")
    public record Item(String id, BulkOutcome.Result result, CampaignView campaign, String detail) {
    }

    static BulkView of(List<BulkOutcome> outcomes) {
        List<Item> items = outcomes.stream()
                .map(outcome -> new Item(outcome.campaignId(), outcome.result(),
                        outcome.campaign() == null ? null : CampaignView.of(outcome.campaign()), outcome.detail()))
                .toList();
        return new BulkView(count(outcomes, BulkOutcome.Result.DONE), count(outcomes, BulkOutcome.Result.REFUSED),
                count(outcomes, BulkOutcome.Result.NOT_FOUND), items);
    }

    private static int count(List<BulkOutcome> outcomes, BulkOutcome.Result result) {
        return (int) outcomes.stream().filter(outcome -> outcome.result() == result).count();
    }
}
