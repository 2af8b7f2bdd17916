package io.opensdr.qualifier.domain;

import java.util.List;
import java.util.function.Function;

/** One assessment per prospect. */
public interface AssessmentStore {

    /**
     * Records the assessment and, in the same write, the event announcing it. Returns false, and
     * records nothing, when the prospect was already assessed.
     */
    boolean recordIfNew(Assessment assessment);

    /**
     * {@link #recordIfNew} for many assessments in one write: each is recorded with its event
     * unless its prospect was already assessed. Recording the same list again after a failure
     * half-way completes it without recording anything twice.
     *
     * @return how many were recorded
     */
    int recordAllIfNew(List<Assessment> assessments);

    /** Idempotent; an unknown prospect is ignored. */
    void markContacted(String prospectId);

    DecisionSummary summarise(String campaignId);

    /** How many of the campaign's assessments have each total score 0-100. */
    ScoreHistogram histogram(String campaignId);

    /**
     * Re-decides every assessment of the campaign made with an older revision than {@code revision},
     * except those of prospects already contacted:
     * each is replaced by what {@code reweigh} makes of it, in one single-document write per
     * assessment that also records the new revision, so a redelivered snapshot finds nothing left
     * to re-decide and announces nothing twice. The new assessment is announced (an event in the
     * same write) when {@link Reweighing#announce} says so. Callers run one re-decision per
     * campaign at a time (a campaign's snapshots arrive in order on one partition).
     *
     * @return how many assessments were re-decided, and how many of them announced
     */
    ReweighResult reweigh(String campaignId, long revision, Function<Assessment, Reweighing> reweigh);

    record Reweighing(Assessment assessment, boolean announce) {
    }

    record ReweighResult(long reweighed, long announced) {
    }
}
