package io.opensdr.qualifier.domain;

import java.time.Instant;

/**
 * A prospect's BANT assessment against its campaign's settings, and the decision it leads to.
 *
 * @param rulesRevision the revision of the campaign whose settings made the decision; a newer
 *                      revision re-weighs the stored criteria (see {@link #reweighed})
 * @param fallbackReason why the language model's assessment was not used, when the rules scored
 *                       in its place; null otherwise
 * @param profileFingerprint the {@link TargetProfile#fingerprint()} of the profile the criteria were
 *                           scored against; null when unknown (then a re-decision scores again)
 */
public record Assessment(Prospect prospect, BantScores scores, int totalScore, int threshold, Decision decision,
                         boolean hot, boolean contactable, ScorerKind scoredBy, Instant assessedAt, long rulesRevision,
                         String fallbackReason, String profileFingerprint) {

    public static Assessment of(Prospect prospect, BantScores scores, QualificationSettings settings,
                                ScorerKind scoredBy, Instant assessedAt) {
        return of(prospect, new ScoredBant(scores, scoredBy, null), settings, assessedAt, 0, null);
    }

    public static Assessment of(Prospect prospect, ScoredBant scored, QualificationSettings settings, Instant assessedAt,
                                long rulesRevision) {
        return of(prospect, scored, settings, assessedAt, rulesRevision, null);
    }

    /** The assessment of a prospect scored against the campaign's rules of this revision. */
    public static Assessment of(Prospect prospect, ScoredBant scored, CampaignRules rules, Instant assessedAt) {
        return of(prospect, scored, rules.settings(), assessedAt, rules.revision(), rules.targetProfile().fingerprint());
    }

    private static Assessment of(Prospect prospect, ScoredBant scored, QualificationSettings settings, Instant assessedAt,
                                 long rulesRevision, String profileFingerprint) {
        int total = settings.total(scored.scores());
        return new Assessment(prospect, scored.scores(), total, settings.threshold(), settings.decide(total),
                settings.isHot(total), prospect.person().isContactable(), scored.scoredBy(), assessedAt, rulesRevision,
                scored.fallbackReason(), profileFingerprint);
    }

    /** The same criteria, weighed and decided with a newer revision of the campaign's settings. */
    public Assessment reweighed(QualificationSettings settings, long revision, Instant at) {
        return of(prospect, new ScoredBant(scores, scoredBy, fallbackReason), settings, at, revision, profileFingerprint);
    }

    /** Whether the criteria were scored against this profile, so that re-weighing them is enough. */
    public boolean scoredAgainst(TargetProfile profile) {
        return profileFingerprint != null && profileFingerprint.equals(profile.fingerprint());
    }

    /** Whether this assessment tells downstream something the previous one did not: another decision or hot flag. */
    public boolean changesDecisionOf(Assessment previous) {
        return decision != previous.decision || hot != previous.hot;
    }
}
