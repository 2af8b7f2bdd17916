package io.opensdr.qualifier.domain;

/** How many of a campaign's prospects got each decision. */
public record DecisionSummary(String campaignId, long qualified, long review, long rejected, long hot) {

    public long total() {
        return qualified + review + rejected;
    }
}
