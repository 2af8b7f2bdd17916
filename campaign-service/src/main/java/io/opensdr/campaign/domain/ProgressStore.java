package io.opensdr.campaign.domain;

import java.util.Optional;
import java.util.function.Function;

/**
 * One facts record per prospect, and the dashboard counters that follow from it (per campaign and
 * per workspace, all time and per day). {@link #record} applies an event's change to the facts and
 * its counter deltas exactly once, whatever the redeliveries and crashes in between.
 */
public interface ProgressStore {

    /**
     * Reads the prospect's facts, asks {@code change} what the event changes, and stores the result
     * with its counter deltas. {@code change} may run more than once (on a concurrent change of the
     * same prospect) and must be pure.
     */
    void record(ProspectRef prospect, Function<ProspectFacts, Optional<ProgressChange>> change);

    ProspectFacts facts(String prospectId);
}
