package io.opensdr.campaign.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What one event changes for one prospect: its next facts, the counter deltas this implies (on the
 * day of the event, UTC), and the hot-lead alert it raises, if any.
 */
public record ProgressChange(ProspectFacts next, Map<Tally, Integer> deltas, LocalDate day, HotLead hotLead) {

    public ProgressChange {
        deltas = Map.copyOf(deltas);
    }

    static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public boolean countsSomething() {
        return hotLead != null || deltas.values().stream().anyMatch(delta -> delta != 0);
    }
}
