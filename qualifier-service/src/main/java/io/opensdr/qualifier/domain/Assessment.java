package io.opensdr.qualifier.domain;

import java.time.Instant;

/**
 * A prospect's BANT assessment against its campaign's settings, and the decision it leads to.
 *
 * @param rulesRevision the revision of the campaign whose settings made the decision; a newer
 *                      revision re-weighs the stored criteria (see {@link #reweighed})
 * @param fallbackReason why the language model's assessment was not used, when the rules scored
 *                       in its place; null otherwise
 */
public record Assessment(Prospect prospect, BantScores scores, int totalScore, int threshold, Decision decision,
                         boolean hot, boolean contactable, ScorerKind scoredBy, Instant assessedAt, long rulesRevision,
                         String fallbackReason) {

    public static Assessment of(Prospect prospect, BantScores scores, QualificationSettings settings,
                                ScorerKind scoredBy, Instant assessedAt) {
        return of(prospect, new ScoredBant(scores, scoredBy, null), settings, assessedAt, 0);
    }

    public static Assessment of(Prospect prospect, ScoredBant scored, QualificationSettings settings, Instant assessedAt,
                                long rulesRevision) {
        int total = settings.total(scored.scores());
        return new Assessment(prospect, scored.scores(), total, settings.threshold(), settings.decide(total),
                settings.isHot(total), prospect.person().isContactable(), scored.scoredBy(), assessedAt, rulesRevision,
                scored.fallbackReason());
    }

    /** The same criteria, weighed and decided with a newer revision of the campaign's settings. */
    public Assessment reweighed(QualificationSettings settings, long revision, Instant at) {
        return of(prospect, new ScoredBant(scores, scoredBy, fallbackReason), settings, at, revision);
    }

    /** Whether this assessment tells downstream something the previous one did not: another decision or hot flag. */
    public boolean changesDecisionOf(Assessment previous) {
        return decision != previous.decision || hot != previous.hot;
    }
}
