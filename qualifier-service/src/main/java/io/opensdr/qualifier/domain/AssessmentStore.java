package io.opensdr.qualifier.domain;

/** One assessment per prospect. */
public interface AssessmentStore {

    /**
     * Records the assessment and, in the same write, the event announcing it. Returns false, and
     * records nothing, when the prospect was already assessed.
     */
    boolean recordIfNew(Assessment assessment);

    DecisionSummary summarise(String campaignId);
}
