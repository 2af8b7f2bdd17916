package io.opensdr.campaign.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of the funnel found → qualified → drafted → approved → sent → opened → replied →
 * meeting: how many prospects reached it, and which share of the previous step that is (null for
 * the first step, or when the previous one is 0).
 */
public record FunnelStage(String stage, long prospects, Double fromPrevious) {

    private static final List<Tally> STAGES = List.of(Tally.PROSPECTS_FOUND, Tally.QUALIFIED, Tally.EMAILS_DRAFTED,
            Tally.EMAILS_APPROVED, Tally.PROSPECTS_CONTACTED, Tally.HUMAN_OPENS, Tally.REPLIES, Tally.MEETINGS_BOOKED);
    private static final List<String> NAMES = List.of("found", "qualified", "drafted", "approved", "sent", "opened",
            "replied", "meeting");

    public static List<FunnelStage> of(Tallies tallies) {
        List<FunnelStage> funnel = new ArrayList<>();
        for (int i = 0; i < STAGES.size(); i++) {
            long count = tallies.get(STAGES.get(i));
            Double share = i == 0 ? null : Rates.share(count, tallies.get(STAGES.get(i - 1)));
            funnel.add(new FunnelStage(NAMES.get(i), count, share));
        }
        return funnel;
    }
}
