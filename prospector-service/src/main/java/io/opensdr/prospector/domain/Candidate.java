package io.opensdr.prospector.domain;

import java.util.List;

/**
 * A person as a source returned them, before deduplication.
 *
 * @param sourceKey the person's id in the source (the demo directory's key, a RocketReach id)
 */
public record Candidate(String sourceKey, Person person, Company company, List<Signal> signals) {

    public Candidate {
        signals = List.copyOf(signals);
    }

    public boolean hasSignal(SignalType type) {
        return signals.stream().anyMatch(signal -> signal.type() == type);
    }
}
