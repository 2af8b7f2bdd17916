package io.opensdr.prospector.domain;

/** A candidate with its priority (0-100) for the campaign that searched for it. */
public record RankedCandidate(Candidate candidate, int priority) {
}
