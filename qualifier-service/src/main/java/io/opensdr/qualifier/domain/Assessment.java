package io.opensdr.qualifier.domain;

import java.time.Instant;

/** A prospect's BANT assessment against its campaign's settings, and the decision it leads to. */
public record Assessment(Prospect prospect, BantScores scores, int totalScore, int threshold, Decision decision,
                         boolean hot, boolean contactable, ScorerKind scoredBy, Instant assessedAt) {

    public static Assessment of(Prospect prospect, BantScores scores, QualificationSettings settings,
                                ScorerKind scoredBy, Instant assessedAt) {
        int total = settings.total(scores);
        return new Assessment(prospect, scores, total, settings.threshold(), settings.decide(total),
                settings.isHot(total), prospect.person().isContactable(), scoredBy, assessedAt);
    }
}
